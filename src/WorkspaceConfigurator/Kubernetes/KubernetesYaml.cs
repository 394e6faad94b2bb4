using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>Small helpers shared by the model's YAML forms.</summary>
internal static class KubernetesYaml
{
    public static YamlMapping StringMap(IEnumerable<KeyValuePair<string, string>> map)
    {
        var builder = new YamlMappingBuilder();
        foreach (var (key, value) in map)
        {
            builder.Add(key, value);
        }

        return builder.Build();
    }

    /// <summary>Null for an empty map, so optional maps are left out rather than written as {}.</summary>
    public static YamlMapping? StringMapOrNull(IReadOnlyCollection<KeyValuePair<string, string>> map) => map.Count == 0 ? null : StringMap(map);

    public static YamlMapping NameRef(string name) => new YamlMappingBuilder().Add("name", name).Build();
}
