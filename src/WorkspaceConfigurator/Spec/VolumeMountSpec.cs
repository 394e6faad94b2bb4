using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Spec;

public sealed record VolumeMountSpec(string Name, string MountPath, string? SubPath = null);
