namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// One rung of the model: the scalars it sets (a null value is "no value"), and its map and item changes in order.
/// The class's rung holds only what the class sets itself, and the hooks' entries and items as plain sets.
/// </summary>
public sealed class ModelLayer(string name)
{
    public string Name { get; } = name;

    public Dictionary<string, string?> Scalars { get; } = new(StringComparer.Ordinal);

    public List<ModelMapOp> MapOps { get; } = [];

    public List<ModelItemOp> ItemOps { get; } = [];
}
