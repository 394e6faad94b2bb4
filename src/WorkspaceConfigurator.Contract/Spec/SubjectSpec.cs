namespace WorkspaceConfigurator.Contract;

/// <summary>A subject the hub accepts: a ServiceAccount or a User.</summary>
public sealed record SubjectSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required SubjectKind Kind { get; init; }
}
