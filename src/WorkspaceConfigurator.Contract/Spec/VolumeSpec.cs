namespace WorkspaceConfigurator.Contract;

/// <summary>A PersistentVolumeClaim the hub creates and mounts; <see cref="Name"/> is the pod volume name.</summary>
public sealed record VolumeSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required string ClaimName { get; init; }

    public required Quantity Size { get; init; }

    public required string StorageClass { get; init; }

    public required ValueList<AccessMode> AccessModes { get; init; }

    public required string MountPath { get; init; }

    public required bool Persist { get; init; }

    public ValueMap<string> Annotations { get; init; } = ValueMap<string>.Empty;
}
