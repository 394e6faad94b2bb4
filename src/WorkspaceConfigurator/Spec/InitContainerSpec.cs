using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Spec;

public sealed record InitContainerSpec(string Name, string Image, ValueList<string> Command, ValueList<VolumeMountSpec> VolumeMounts);
