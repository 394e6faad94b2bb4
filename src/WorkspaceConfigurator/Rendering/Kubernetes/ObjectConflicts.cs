using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Rendering.Kubernetes;

/// <summary>
/// Objects that two profiles (or one profile twice) create with the same kind, namespace and name but different
/// content. The hub creates objects create-only, so whichever profile is spawned first wins and the other
/// silently gets the existing object (e.g. a workspace-claim of another size). Identical duplicates are fine.
/// The single-user pod is left out: it is the spawn itself, replaced by every spawn, not an object profiles share.
/// Claims are left out too: the validator's claim rule reports them, naming the sizes, classes and modes that differ.
/// </summary>
public static class ObjectConflicts
{
    public static IReadOnlyList<string> Find(IEnumerable<ProfileObjects> profiles)
    {
        var seen = new Dictionary<(string Kind, string? Namespace, string Name), List<(string Slug, YamlMapping Yaml)>>();
        var warnings = new List<string>();
        foreach (var profile in profiles)
        {
            foreach (var o in profile.Objects.Where(o => o is not Pod and not PersistentVolumeClaim))
            {
                var key = (o.Kind, o.Namespace, o.Name);
                var yaml = o.ToYaml();
                if (!seen.TryGetValue(key, out var variants))
                {
                    seen[key] = [(profile.Slug, yaml)];
                    continue;
                }

                if (variants.Any(v => v.Yaml.Equals(yaml)))
                {
                    continue;
                }

                var first = variants[0].Slug;
                warnings.Add(first == profile.Slug
                    ? $"profile '{first}' creates {o} twice with different content; only the first is created"
                    : $"profiles '{first}' and '{profile.Slug}' both create {o} with different content; whichever is spawned first creates it and the other gets that one");
                variants.Add((profile.Slug, yaml));
            }
        }

        return warnings;
    }
}
