using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>A Namespace: cluster-scoped, so its metadata has no namespace of its own.</summary>
public sealed record Namespace(ObjectMeta Metadata) : TypedObject(Metadata)
{
    public override string ApiVersion => "v1";

    public override string Kind => "Namespace";

    protected override void AddBody(YamlMappingBuilder builder)
    {
    }
}
