namespace WorkspaceConfigurator.Contract;

public sealed record RoleSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required ValueList<string> ApiGroups { get; init; }

    public required ValueList<string> Resources { get; init; }

    public required ValueList<RoleVerb> Verbs { get; init; }
}
