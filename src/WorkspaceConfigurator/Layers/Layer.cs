using WorkspaceConfigurator.Layers.Items;

namespace WorkspaceConfigurator.Layers;

/// <summary>
/// One rung's worth of values for one profile (a values-file entry, the <c>global:</c> entry, the command line):
/// settings it sets or unsets, changes to map settings, changes to named items. Within a layer a later value for
/// the same setting replaces an earlier one, and map and item changes keep their order.
/// </summary>
internal sealed class Layer
{
    private readonly Dictionary<string, ScalarInput> scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MapOp>> maps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ItemOp>> items = new(StringComparer.Ordinal);

    internal void Set(ScalarInput input) => scalars[input.Field] = input;

    internal void Add(MapOp op) => ListFor(maps, op.Field).Add(op);

    internal void Add(ItemOp op) => ListFor(items, op.Kind.Name).Add(op);

    public ScalarInput? Scalar(string field) => scalars.GetValueOrDefault(field);

    public IReadOnlyList<MapOp> MapOps(string field) => maps.TryGetValue(field, out var ops) ? ops : [];

    /// <summary>Every named-item change of the layer, kind by kind, each kind's in order.</summary>
    public IEnumerable<ItemOp> AllItemOps()
    {
        foreach (var ops in items.Values)
        {
            foreach (var op in ops)
            {
                yield return op;
            }
        }
    }

    public bool HasItems => items.Count > 0;

    private static List<T> ListFor<T>(Dictionary<string, List<T>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        return list;
    }
}
