namespace WorkspaceConfigurator.Resolve;

/// <summary>One rung of a profile's ladder; rungs are ordered highest first.</summary>
internal abstract record Rung
{
    /// <summary>What the rung is, as <c>describe --layers</c> names it.</summary>
    public abstract string Name { get; }
}
