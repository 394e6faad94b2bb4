using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

public sealed record ConfigMap(ObjectMeta Metadata, ValueMap<string> Data) : TypedObject(Metadata)
{
    public override string ApiVersion => "v1";

    public override string Kind => "ConfigMap";

    protected override void AddBody(YamlMappingBuilder builder) => builder.Add("data", KubernetesYaml.StringMap(Data));
}
