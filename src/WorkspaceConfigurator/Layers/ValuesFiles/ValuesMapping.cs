namespace WorkspaceConfigurator.Layers.ValuesFiles;

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
