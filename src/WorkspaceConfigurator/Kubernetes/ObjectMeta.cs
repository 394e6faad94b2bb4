using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>The metadata wsconf sets: name, namespace (null for cluster-scoped objects), labels and annotations.</summary>
public sealed record ObjectMeta(string Name, string? Namespace = null)
{
    public ValueMap<string> Labels { get; init; } = ValueMap<string>.Empty;

    public ValueMap<string> Annotations { get; init; } = ValueMap<string>.Empty;

    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add("name", Name)
        .AddIfNotNull("namespace", Namespace)
        .AddIfNotNull("labels", KubernetesYaml.StringMapOrNull(Labels))
        .AddIfNotNull("annotations", KubernetesYaml.StringMapOrNull(Annotations))
        .Build();
}
