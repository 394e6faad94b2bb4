using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>Small helpers shared by the model's YAML forms.</summary>
internal static class KubernetesYaml
{
    public static YamlMapping StringMap(ValueMap<string> map) => YamlNode.Map(map);

    public static YamlMapping? StringMapOrNull(ValueMap<string> map) => YamlNode.MapOrNull(map, YamlNode.Str);

    public static YamlMapping NameRef(string name) => new YamlMappingBuilder().Add("name", name).Build();
}
