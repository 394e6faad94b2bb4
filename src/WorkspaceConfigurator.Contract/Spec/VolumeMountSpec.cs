namespace WorkspaceConfigurator.Contract;

public sealed record VolumeMountSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required string MountPath { get; init; }

    public string? SubPath { get; init; }
}
