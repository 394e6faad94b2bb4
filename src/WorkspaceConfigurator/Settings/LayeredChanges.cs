using WorkspaceConfigurator.SitePatches;

namespace WorkspaceConfigurator.Settings;

/// <summary>
/// The changes the layers make to a profile's maps and named items, lowest layer first, split by where the class's
/// hooks sit: the changes below (<c>global:</c>) come before the hooks' own entries, which win over them; the
/// changes above (the profile's layers, the command line) come after, and win.
/// </summary>
internal sealed class LayeredChanges
{
    // Made on the first change: most profiles of most runs have none.
    private Dictionary<string, Sides<MapChange>>? maps;
    private Dictionary<string, Sides<ItemOp>>? items;

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

    public void Add(ItemOp op, bool below)
    {
        items ??= new(StringComparer.Ordinal);
        if (!items.TryGetValue(op.Kind.Name, out var lists))
        {
            items[op.Kind.Name] = lists = new();
        }

        (below ? lists.Below : lists.Above).Add(op);
    }

    public IReadOnlyList<MapChange> MapBelow(string field) => maps is not null && maps.TryGetValue(field, out var lists) ? lists.Below : [];

    public IReadOnlyList<MapChange> MapAbove(string field) => maps is not null && maps.TryGetValue(field, out var lists) ? lists.Above : [];

    public IReadOnlyList<ItemOp> ItemsBelow(ItemKind kind) => items is not null && items.TryGetValue(kind.Name, out var lists) ? lists.Below : [];

    public IReadOnlyList<ItemOp> ItemsAbove(ItemKind kind) => items is not null && items.TryGetValue(kind.Name, out var lists) ? lists.Above : [];

    private sealed class Sides<T>
    {
        public List<T> Below { get; } = [];

        public List<T> Above { get; } = [];
    }
}
