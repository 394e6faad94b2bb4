using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

public sealed record PersistentVolumeClaim(ObjectMeta Metadata, PersistentVolumeClaimSpec Spec) : TypedObject(Metadata)
{
    public override string ApiVersion => "v1";

    public override string Kind => "PersistentVolumeClaim";

    protected override void AddBody(YamlMappingBuilder builder) => builder.Add("spec", Spec.ToYaml());
}

/// <summary>The claim's spec: access modes, the storage request and the storage class.</summary>
public sealed record PersistentVolumeClaimSpec(ValueList<string> AccessModes, string Storage, string? StorageClassName)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add("accessModes", YamlNode.Strings(AccessModes))
        .Add("resources", new YamlMappingBuilder().Add("requests", new YamlMappingBuilder().Add("storage", Storage).Build()).Build())
        .AddIfNotNull("storageClassName", StorageClassName)
        .Build();
}
