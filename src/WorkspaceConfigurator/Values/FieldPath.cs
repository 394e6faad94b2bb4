using System.Globalization;
using System.Text;

namespace WorkspaceConfigurator.Values;

/// <summary>
/// A path into a YAML tree, keys joined with '.' and items as [i] (<c>manifests[0].content[1].data.gateway.yaml</c>,
/// <c>profiles.coder.env.X</c>), held as its parts and spelled out only when asked: a profile has hundreds of strings
/// and a values file thousands of nodes, and only the few a message names need their path as text.
/// </summary>
internal sealed class FieldPath
{
    private readonly FieldPath? parent;
    private readonly string? name;
    private readonly int index;

    private FieldPath(FieldPath? parent, string? name, int index)
    {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /// <summary>A top-level key, or a path given whole (written as it is).</summary>
    public static FieldPath Of(string key) => new(null, key, -1);

    /// <summary>A key under this path: <c>path.key</c>.</summary>
    public FieldPath Then(string key) => new(this, key, -1);

    /// <summary>An item of the sequence at this path: <c>path[i]</c>.</summary>
    public FieldPath At(int i) => new(this, null, i);

    public override string ToString() => Append(new StringBuilder()).ToString();

    private StringBuilder Append(StringBuilder text)
    {
        parent?.Append(text);
        return name is null
            ? text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']')
            : (parent is null ? text : text.Append('.')).Append(name);
    }
}
