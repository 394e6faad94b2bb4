using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>A container's security context: the fields KubeSpawner sets; unset ones are not written.</summary>
public sealed record SecurityContext
{
    public long? RunAsUser { get; init; }

    public long? RunAsGroup { get; init; }

    public bool? Privileged { get; init; }

    public bool? AllowPrivilegeEscalation { get; init; }

    public bool IsEmpty => RunAsUser is null && RunAsGroup is null && Privileged is null && AllowPrivilegeEscalation is null;

    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .AddIfNotNull("runAsUser", RunAsUser is { } uid ? YamlNode.Int(uid) : null)
        .AddIfNotNull("runAsGroup", RunAsGroup is { } gid ? YamlNode.Int(gid) : null)
        .AddIfNotNull("privileged", Privileged is { } privileged ? YamlNode.Bool(privileged) : null)
        .AddIfNotNull("allowPrivilegeEscalation", AllowPrivilegeEscalation is { } escalation ? YamlNode.Bool(escalation) : null)
        .Build();
}

/// <summary>A pod's security context: the group that owns its volumes.</summary>
public sealed record PodSecurityContext(long FsGroup)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder().Add("fsGroup", FsGroup).Build();
}
