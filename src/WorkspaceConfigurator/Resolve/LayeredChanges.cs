using WorkspaceConfigurator.Layers.Items;

namespace WorkspaceConfigurator.Resolve;

/// <summary>
/// The changes the layers make to a profile's maps and named items, lowest layer first. Map changes are split by
/// where the class's hooks sit: those below (<c>global:</c>) come before the hooks' own entries, which win over them;
/// those above (the profile's layers, the command line) come after, and win. Named items are site patches on what
/// the hooks built: every layer's changes apply after the hooks, <c>global:</c> first.
/// </summary>
internal sealed class LayeredChanges
{
    // Made on the first change: most profiles of most runs have none.
    private Dictionary<string, Sides<MapChange>>? maps;
    private Dictionary<string, List<ItemOp>>? items;

    public bool HasItems => items is not null;

    public void Add(string field, MapChange change, bool below)
    {
        maps ??= new(StringComparer.Ordinal);
        if (!maps.TryGetValue(field, out var lists))
        {
            maps[field] = lists = new();
        }

        (below ? lists.Below : lists.Above).Add(change);
    }

    /// <summary>A named-item change: all of them apply after the hooks, lowest layer first (see <see cref="Items"/>).</summary>
    public void Add(ItemOp op)
    {
        items ??= new(StringComparer.Ordinal);
        if (!items.TryGetValue(op.Kind.Name, out var list))
        {
            items[op.Kind.Name] = list = [];
        }

        list.Add(op);
    }

    public IReadOnlyList<MapChange> MapBelow(string field) => maps is not null && maps.TryGetValue(field, out var lists) ? lists.Below : [];

    public IReadOnlyList<MapChange> MapAbove(string field) => maps is not null && maps.TryGetValue(field, out var lists) ? lists.Above : [];

    /// <summary>The changes to items of one kind, lowest layer first; they patch what the hooks made.</summary>
    public IReadOnlyList<ItemOp> Items(ItemKind kind) => items is not null && items.TryGetValue(kind.Name, out var list) ? list : [];

    private sealed class Sides<T>
    {
        public List<T> Below { get; } = [];

        public List<T> Above { get; } = [];
    }
}
