using System.Text.Json;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>The <c>NAME.deps.json</c> the SDK writes beside a build's main assembly: what that build depends on.</summary>
internal static class DepsFile
{
    public const string Suffix = ".deps.json";

    /// <summary>The file names of every runtime and native asset it lists, except the owning assembly's own.</summary>
    public static IReadOnlySet<string> DependencyFileNames(string depsPath)
    {
        var owner = Path.GetFileName(depsPath)[..^Suffix.Length] + ".dll";
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(depsPath));
            if (!document.RootElement.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object)
            {
                return names;
            }

            foreach (var library in targets.EnumerateObject().SelectMany(t => Objects(t.Value)))
            {
                foreach (var kind in new[] { "runtime", "native" })
                {
                    if (library.Value.TryGetProperty(kind, out var assets))
                    {
                        names.UnionWith(Objects(assets).Select(a => Path.GetFileName(a.Name)));
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"plugin dependencies '{depsPath}' cannot be read: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}; rebuild the plugin", e);
        }

        names.Remove(owner);
        return names;
    }

    private static IEnumerable<JsonProperty> Objects(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object) : [];
}
