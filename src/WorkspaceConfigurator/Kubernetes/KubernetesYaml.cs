using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>Small helpers shared by the model's YAML forms.</summary>
internal static class KubernetesYaml
{
    public static YamlMapping StringMap(IEnumerable<KeyValuePair<string, string>> map) => YamlNode.Map(map);

    public static YamlMapping? StringMapOrNull(IReadOnlyCollection<KeyValuePair<string, string>> map) => YamlNode.MapOrNull(map, YamlNode.Str);

    public static YamlMapping NameRef(string name) => new YamlMappingBuilder().Add("name", name).Build();
}
