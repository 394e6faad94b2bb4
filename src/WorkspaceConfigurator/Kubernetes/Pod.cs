using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

public sealed record Pod(ObjectMeta Metadata, PodSpec Spec) : TypedObject(Metadata)
{
    public override string ApiVersion => "v1";

    public override string Kind => "Pod";

    protected override void AddBody(YamlMappingBuilder builder) => builder.Add("spec", Spec.ToYaml());
}

public sealed record PodSpec(ValueList<Container> Containers)
{
    public ValueList<Container> InitContainers { get; init; } = ValueList<Container>.Empty;

    public ValueList<Volume> Volumes { get; init; } = ValueList<Volume>.Empty;

    public ValueMap<string> NodeSelector { get; init; } = ValueMap<string>.Empty;

    public ValueList<Toleration> Tolerations { get; init; } = ValueList<Toleration>.Empty;

    public PodSecurityContext? SecurityContext { get; init; }

    public string? ServiceAccountName { get; init; }

    public bool? AutomountServiceAccountToken { get; init; }

    /// <summary>Names of Secrets (LocalObjectReference) used to pull images.</summary>
    public ValueList<string> ImagePullSecrets { get; init; } = ValueList<string>.Empty;

    public string? RestartPolicy { get; init; }

    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .AddIfAny("initContainers", InitContainers, c => c.ToYaml())
        .Add("containers", YamlNode.Seq(Containers, c => c.ToYaml()))
        .AddIfAny("volumes", Volumes, v => v.ToYaml())
        .AddIfNotNull("nodeSelector", KubernetesYaml.StringMapOrNull(NodeSelector))
        .AddIfAny("tolerations", Tolerations, t => t.ToYaml())
        .AddIfNotNull("securityContext", SecurityContext?.ToYaml())
        .AddIfNotNull("serviceAccountName", ServiceAccountName)
        .AddIfNotNull("automountServiceAccountToken", AutomountServiceAccountToken is { } automount ? YamlNode.Bool(automount) : null)
        .AddIfAny("imagePullSecrets", ImagePullSecrets, KubernetesYaml.NameRef)
        .AddIfNotNull("restartPolicy", RestartPolicy)
        .Build();
}

public sealed record Toleration(string Key, string Operator, string? Value, string? Effect)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add("key", Key)
        .Add("operator", Operator)
        .AddIfNotNull("value", Value)
        .AddIfNotNull("effect", Effect)
        .Build();
}
