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

/// <summary>A scalar: its text as written, and whether it was plain (unquoted, not a block).</summary>
internal sealed class ValuesScalar : ValuesNode
{
    public ValuesScalar(SourceMark mark, string text, bool isPlain) : base(mark)
    {
        Text = text;
        IsPlain = isPlain;
    }

    public string Text { get; }

    public bool IsPlain { get; }

    /// <summary>A plain <c>null</c>, <c>Null</c>, <c>NULL</c>, <c>~</c> or nothing at all: "delete this" in a values file.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "null" : "a value";
}

internal sealed class ValuesSequence : ValuesNode
{
    public ValuesSequence(SourceMark mark, IReadOnlyList<ValuesNode> items) : base(mark) => Items = items;

    public IReadOnlyList<ValuesNode> Items { get; }

    public override string KindName => "a list";
}

/// <summary>One key and its value; keys are scalars (their text is the key), unique within their mapping.</summary>
internal sealed record ValuesEntry(ValuesScalar Key, ValuesNode Value);

internal sealed class ValuesMapping : ValuesNode
{
    public ValuesMapping(SourceMark mark, IReadOnlyList<ValuesEntry> entries) : base(mark) => Entries = entries;

    public IReadOnlyList<ValuesEntry> Entries { get; }

    public override string KindName => "a mapping";

    public ValuesEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Text == key)
            {
                return entry;
            }
        }

        return null;
    }
}
