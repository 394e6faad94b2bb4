namespace WorkspaceConfigurator.Contract;

/// <summary>A set of Kubernetes objects the hub creates in the user's namespace at spawn.</summary>
public sealed record ManifestSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required string Key { get; init; }

    public required ValueList<YamlNode> Content { get; init; }

    public required bool Persist { get; init; }
}
