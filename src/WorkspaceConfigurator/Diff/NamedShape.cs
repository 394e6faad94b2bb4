namespace WorkspaceConfigurator.Diff;

/// <summary>A list of mappings matched by their <c>name</c>, each compared as <see cref="Item"/>.</summary>
internal sealed class NamedShape(KeyedShape item) : HubShape
{
    public KeyedShape Item { get; } = item;
}
