using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>A Secret; <see cref="Data"/> values are base64, as Kubernetes stores them.</summary>
public sealed record Secret(ObjectMeta Metadata, string Type, ValueMap<string> Data) : TypedObject(Metadata)
{
    public const string DockerConfigJsonType = "kubernetes.io/dockerconfigjson";

    public const string DockerConfigJsonKey = ".dockerconfigjson";

    public override string ApiVersion => "v1";

    public override string Kind => "Secret";

    protected override void AddBody(YamlMappingBuilder builder) => builder
        .Add("type", Type)
        .Add("data", KubernetesYaml.StringMap(Data));
}
