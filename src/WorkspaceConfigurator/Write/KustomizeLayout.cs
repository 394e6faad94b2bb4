using System.Globalization;
using System.Text;
using WorkspaceConfigurator.Render.KubernetesObjects;
using WorkspaceConfigurator.Render.Manifests;

namespace WorkspaceConfigurator.Write;

/// <summary>
/// One folder per profile (named by slug) holding one file per object, <c>&lt;kind&gt;-&lt;name&gt;.yaml</c>, and a
/// <c>kustomization.yaml</c> that lists them in creation order, so each folder is a kustomize base.
/// </summary>
internal static class KustomizeLayout
{
    public const string KustomizationFile = "kustomization.yaml";

    // Keeps file names well inside common file-system limits.
    private const int MaxStemLength = 120;

    public static IReadOnlyList<LayoutFile> Files(SpawnObjects profile)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { KustomizationFile };
        var files = new List<LayoutFile>();
        foreach (var o in profile.Objects)
        {
            var name = UniqueName(FileStem(o), used);
            files.Add(new LayoutFile($"{profile.Slug}/{name}", YamlWriter.Write(o.ToYaml())));
        }

        var resources = new List<string>(files.Count);
        foreach (var f in files)
        {
            resources.Add(f.Path[(profile.Slug.Length + 1)..]);
        }

        var kustomization = new YamlMappingBuilder()
            .Add("apiVersion", "kustomize.config.k8s.io/v1beta1")
            .Add("kind", "Kustomization")
            .Add("resources", YamlNode.Strings(resources))
            .Build();
        files.Add(new LayoutFile($"{profile.Slug}/{KustomizationFile}", YamlWriter.Write(kustomization)));
        return files;
    }

    /// <summary><c>&lt;kind-lowercase&gt;-&lt;name&gt;</c> with anything but a-z, 0-9, '.', '-' and '_' turned into '-'.</summary>
    public static string FileStem(KubernetesObject o)
    {
        var raw = $"{o.Kind}-{o.Name}".ToLowerInvariant();
        var safe = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            safe.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_' ? c : '-');
        }

        var stem = safe.ToString().TrimStart('.', '-');
        stem = stem.Length > MaxStemLength ? stem[..MaxStemLength] : stem;
        return stem.Length == 0 ? "object" : stem;
    }

    // The same kind and name can appear twice (e.g. in two namespaces): later ones get -2, -3, ...
    private static string UniqueName(string stem, HashSet<string> used)
    {
        var name = stem + ".yaml";
        for (var n = 2; !used.Add(name); n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.yaml");
        }

        return name;
    }
}
