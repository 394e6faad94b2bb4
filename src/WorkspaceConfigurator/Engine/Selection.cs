namespace WorkspaceConfigurator.Engine;

/// <summary>Which profiles a run is about: slugs or aliases in the order given (repeats dropped); none means every concrete profile.</summary>
internal sealed record Selection(IReadOnlyList<string> Names)
{
    public static Selection All { get; } = new([]);
}
