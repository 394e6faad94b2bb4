namespace WorkspaceConfigurator.Contract;

/// <summary>A Role with one rule and the RoleBinding that grants it, created in the user's namespace.</summary>
public sealed record RoleBindingSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required ValueList<SubjectSpec> Subjects { get; init; }

    public required RoleSpec Role { get; init; }

    public required bool Persist { get; init; }
}
