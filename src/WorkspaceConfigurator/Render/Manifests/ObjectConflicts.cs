using k8s.Models;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Render.KubernetesObjects;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// Objects that two profiles (or one profile twice) create with the same kind, namespace and name but different
/// content. The hub creates objects create-only, so whichever profile is spawned first wins and the other
/// silently gets the existing object (e.g. a workspace-claim of another size). Identical duplicates are fine.
/// The single-user pod is left out: it is the spawn itself, replaced by every spawn, not an object profiles share.
/// Claims are left out too: the validator's claim rule reports them, naming the sizes, classes and modes that differ.
/// </summary>
internal static class ObjectConflicts
{
    public static IReadOnlyList<Finding> Find(IEnumerable<SpawnObjects> profiles)
    {
        var seen = new Dictionary<ObjectKey, List<Variant>>();
        var warnings = new List<Finding>();
        foreach (var profile in profiles)
        {
            foreach (var o in profile.Objects)
            {
                if (o is ModelObject { Model: V1Pod or V1PersistentVolumeClaim })
                {
                    continue;
                }

                var key = new ObjectKey(o.Kind, o.Namespace, o.Name);
                var yaml = o.ToYaml();
                if (!seen.TryGetValue(key, out var variants))
                {
                    seen[key] = [new Variant(profile.Slug, yaml)];
                    continue;
                }

                if (HasContent(variants, yaml))
                {
                    continue;
                }

                var first = variants[0].Slug;
                var problem = first == profile.Slug
                    ? "is created twice with different content; only the first is created"
                    : $"is created by profile '{first}' too, with different content; whichever is spawned first creates it and the other gets that one";
                warnings.Add(Finding.Warning(profile.Slug, o.ToString(), problem, "one name for each content"));
                variants.Add(new Variant(profile.Slug, yaml));
            }
        }

        return warnings;
    }

    private static bool HasContent(List<Variant> variants, YamlMapping yaml)
    {
        foreach (var v in variants)
        {
            if (v.Yaml.Equals(yaml))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record ObjectKey(string Kind, string? Namespace, string Name);

    private sealed record Variant(string Slug, YamlMapping Yaml);
}
