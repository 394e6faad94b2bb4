namespace WorkspaceConfigurator.Spec;

/// <summary>A Secret mounted into the pod; <see cref="Name"/> is the Secret and the pod volume name.</summary>
public sealed record SecretMountSpec(string Name, string MountPath, string? SubPath = null);
