using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Spec;

/// <summary>A PersistentVolumeClaim the hub creates and mounts; <see cref="Name"/> is the pod volume name.</summary>
public sealed record VolumeSpec(
    string Name,
    string ClaimName,
    Quantity Size,
    string StorageClass,
    ValueList<AccessMode> AccessModes,
    string MountPath,
    bool Persist)
{
    public ValueMap<string> Annotations { get; init; } = ValueMap<string>.Empty;
}
