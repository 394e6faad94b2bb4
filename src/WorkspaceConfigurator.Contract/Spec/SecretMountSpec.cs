namespace WorkspaceConfigurator.Contract;

/// <summary>A Secret mounted into the pod; <see cref="Name"/> is the Secret and the pod volume name.</summary>
public sealed record SecretMountSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required string MountPath { get; init; }

    public string? SubPath { get; init; }
}
