namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// A node of a values file as read, before any meaning is given to it: scalars keep their text and whether they
/// were quoted, every node keeps where it was written, and mappings keep their keys in order. The meaning (a
/// setting's type, a named item's fields) comes later, from the catalogue.
/// </summary>
internal abstract class ValuesNode
{
    private protected ValuesNode(SourceMark mark) => Mark = mark;

    public SourceMark Mark { get; }

    /// <summary>What the node is, for messages: "a mapping", "a list", "a value".</summary>
    public abstract string KindName { get; }
}
