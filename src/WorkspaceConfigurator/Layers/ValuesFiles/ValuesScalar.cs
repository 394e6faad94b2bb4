namespace WorkspaceConfigurator.Layers.ValuesFiles;

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
