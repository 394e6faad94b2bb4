namespace WorkspaceConfigurator.Spec;

public sealed record VolumeMountSpec(string Name, string MountPath, string? SubPath = null);
