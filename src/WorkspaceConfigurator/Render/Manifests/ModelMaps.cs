using k8s.Models;
using WorkspaceConfigurator.Render.KubernetesObjects;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// The models' maps from wsconf's ordered values. Entries are only ever added, so a dictionary keeps their order and
/// the YAML shows them as the renderer gave them.
/// </summary>
internal static class ModelMaps
{
    public static Dictionary<string, string> Strings(ValueMap<string> map)
    {
        var dictionary = new Dictionary<string, string>(map.Count, StringComparer.Ordinal);
        for (var i = 0; i < map.Count; i++)
        {
            dictionary[map[i].Key] = map[i].Value;
        }

        return dictionary;
    }

    public static Dictionary<string, string> Strings(string key, string value) =>
        new(1, StringComparer.Ordinal) { [key] = value };

    /// <summary>Quantities as written ("6Gi", "2"), not in the canonical form <see cref="ResourceQuantity"/> prints.</summary>
    public static Dictionary<string, ResourceQuantity> Quantities(IReadOnlyCollection<KeyValuePair<string, string>> entries)
    {
        var dictionary = new Dictionary<string, ResourceQuantity>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            dictionary[key] = new WrittenQuantity(value);
        }

        return dictionary;
    }

    /// <summary>Metadata of an object in a namespace (null for cluster-scoped ones).</summary>
    public static V1ObjectMeta Meta(string name, string? ns, ValueMap<string>? labels = null, ValueMap<string>? annotations = null) => new()
    {
        Name = name,
        NamespaceProperty = ns,
        Labels = labels is { Count: > 0 } ? Strings(labels) : null,
        Annotations = annotations is { Count: > 0 } ? Strings(annotations) : null,
    };
}
