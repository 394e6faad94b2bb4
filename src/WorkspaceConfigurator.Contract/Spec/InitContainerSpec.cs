namespace WorkspaceConfigurator.Contract;

public sealed record InitContainerSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required string Image { get; init; }

    public required ValueList<string> Command { get; init; }

    public required ValueList<VolumeMountSpec> VolumeMounts { get; init; }
}
