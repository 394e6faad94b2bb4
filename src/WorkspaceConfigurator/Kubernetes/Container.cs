using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

public sealed record Container(string Name, string Image)
{
    public ValueList<string> Command { get; init; } = ValueList<string>.Empty;

    public ValueList<ContainerPort> Ports { get; init; } = ValueList<ContainerPort>.Empty;

    public ValueList<EnvVar> Env { get; init; } = ValueList<EnvVar>.Empty;

    public ValueList<EnvFromSource> EnvFrom { get; init; } = ValueList<EnvFromSource>.Empty;

    public ResourceRequirements? Resources { get; init; }

    public ValueList<VolumeMount> VolumeMounts { get; init; } = ValueList<VolumeMount>.Empty;

    /// <summary>KubeSpawner hands the notebook container its (empty) lifecycle hooks, which the API keeps as <c>lifecycle: {}</c>.</summary>
    public bool EmptyLifecycle { get; init; }

    public SecurityContext? SecurityContext { get; init; }

    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add("name", Name)
        .Add("image", Image)
        .AddIfAny("command", Command, YamlNode.Str)
        .AddIfAny("ports", Ports, p => p.ToYaml())
        .AddIfAny("env", Env, e => e.ToYaml())
        .AddIfAny("envFrom", EnvFrom, e => e.ToYaml())
        .AddIfNotNull("resources", Resources?.ToYaml())
        .AddIfAny("volumeMounts", VolumeMounts, m => m.ToYaml())
        .AddIfNotNull("lifecycle", EmptyLifecycle ? new YamlMappingBuilder().Build() : null)
        .AddIfNotNull("securityContext", SecurityContext is { IsEmpty: false } context ? context.ToYaml() : null)
        .Build();
}

public sealed record ContainerPort(string Name, int Port)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder().Add("name", Name).Add("containerPort", Port).Build();
}

/// <summary>An environment variable: a literal value, or a key of a ConfigMap.</summary>
public sealed record EnvVar(string Name, string? Value, ConfigMapKeySelector? ConfigMapKeyRef = null)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add("name", Name)
        .AddIfNotNull("value", ConfigMapKeyRef is null ? Value ?? "" : null)
        .AddIfNotNull("valueFrom", ConfigMapKeyRef is null ? null : new YamlMappingBuilder().Add("configMapKeyRef", ConfigMapKeyRef.ToYaml()).Build())
        .Build();
}

public sealed record ConfigMapKeySelector(string Name, string Key)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder().Add("name", Name).Add("key", Key).Build();
}

public enum EnvFromKind
{
    ConfigMap,
    Secret,
}

/// <summary>All keys of a ConfigMap or a Secret as environment variables.</summary>
public sealed record EnvFromSource(EnvFromKind Kind, string Name)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add(Kind == EnvFromKind.ConfigMap ? "configMapRef" : "secretRef", KubernetesYaml.NameRef(Name))
        .Build();
}

/// <summary>Requests and limits as Kubernetes quantities ("2", "6Gi"), keyed by resource name.</summary>
public sealed record ResourceRequirements(ValueMap<string> Requests, ValueMap<string> Limits)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .AddIfNotNull("requests", KubernetesYaml.StringMapOrNull(Requests))
        .AddIfNotNull("limits", KubernetesYaml.StringMapOrNull(Limits))
        .Build();
}

public sealed record VolumeMount(string Name, string MountPath, string? SubPath = null, bool ReadOnly = false)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add("name", Name)
        .Add("mountPath", MountPath)
        .AddIfNotNull("subPath", SubPath)
        .AddIfNotNull("readOnly", ReadOnly ? YamlNode.Bool(true) : null)
        .Build();
}
