namespace WorkspaceConfigurator.Layers.ValuesFiles;

internal sealed class ValuesSequence : ValuesNode
{
    public ValuesSequence(SourceMark mark, IReadOnlyList<ValuesNode> items) : base(mark) => Items = items;

    public IReadOnlyList<ValuesNode> Items { get; }

    public override string KindName => "a list";
}
