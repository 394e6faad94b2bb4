using WorkspaceConfigurator.SitePatches;

namespace WorkspaceConfigurator.Settings;

/// <summary>
/// The changes the layers make to a profile's maps and named items, lowest layer first, split by where the class's
/// hooks sit: the changes below (<c>global:</c>) come before the hooks' own entries, which win over them; the
/// changes above (the profile's layers, the command line) come after, and win.
/// </summary>
internal sealed class LayeredChanges
{
    private readonly Dictionary<string, (List<MapChange> Below, List<MapChange> Above)> maps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<ItemOp> Below, List<ItemOp> Above)> items = new(StringComparer.Ordinal);

    public bool HasItems => items.Count > 0;

    public void Add(string field, MapChange change, bool below)
    {
        if (!maps.TryGetValue(field, out var lists))
        {
            maps[field] = lists = ([], []);
        }

        (below ? lists.Below : lists.Above).Add(change);
    }

    public void Add(ItemOp op, bool below)
    {
        if (!items.TryGetValue(op.Kind.Name, out var lists))
        {
            items[op.Kind.Name] = lists = ([], []);
        }

        (below ? lists.Below : lists.Above).Add(op);
    }

    public IReadOnlyList<MapChange> MapBelow(string field) => maps.TryGetValue(field, out var lists) ? lists.Below : [];

    public IReadOnlyList<MapChange> MapAbove(string field) => maps.TryGetValue(field, out var lists) ? lists.Above : [];

    public IReadOnlyList<ItemOp> ItemsBelow(ItemKind kind) => items.TryGetValue(kind.Name, out var lists) ? lists.Below : [];

    public IReadOnlyList<ItemOp> ItemsAbove(ItemKind kind) => items.TryGetValue(kind.Name, out var lists) ? lists.Above : [];
}
