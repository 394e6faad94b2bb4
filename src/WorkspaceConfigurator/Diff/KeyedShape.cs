namespace WorkspaceConfigurator.Diff;

/// <summary>A map compared key by key: known keys in the contract's order, then any other key with <see cref="Others"/>.</summary>
internal sealed class KeyedShape(IReadOnlyList<(string Key, HubShape Shape)> known, HubShape others) : HubShape
{
    public IReadOnlyList<(string Key, HubShape Shape)> Known { get; } = known;

    public HubShape Others { get; } = others;

    public HubShape Of(string key)
    {
        foreach (var (name, shape) in Known)
        {
            if (name == key)
            {
                return shape;
            }
        }

        return Others;
    }
}
