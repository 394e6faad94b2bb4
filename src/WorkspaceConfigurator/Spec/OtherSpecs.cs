using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Spec;

/// <summary>
/// An image pull secret. <see cref="Data"/> is the base64 of a .dockerconfigjson, supplied at run time, never
/// written in profile code; null means another object (e.g. a manifest) creates the Secret.
/// </summary>
public sealed record ImagePullSecretSpec(string Name, bool Persist, string? Data)
{
    // Secret material never reaches logs, errors or describe.
    public override string ToString() => $"{Name} (data {(Data is null ? "none" : "present")})";
}

public sealed record InitContainerSpec(string Name, string Image, ValueList<string> Command, ValueList<VolumeMountSpec> VolumeMounts);

public sealed record VolumeMountSpec(string Name, string MountPath, string? SubPath = null);

/// <summary>A Secret mounted into the pod; <see cref="Name"/> is the Secret and the pod volume name.</summary>
public sealed record SecretMountSpec(string Name, string MountPath, string? SubPath = null);

/// <summary>A set of Kubernetes objects the hub creates in the user's namespace at spawn.</summary>
public sealed record ManifestSpec(string Name, string Key, ValueList<YamlNode> Content, bool Persist);
