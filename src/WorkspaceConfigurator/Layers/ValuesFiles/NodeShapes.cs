namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>Checks that a node has the shape a field needs; a wrong shape is a one-line error naming what was expected.</summary>
internal static class NodeShapes
{
    /// <summary>The text of a non-null scalar.</summary>
    public static string Text(ValuesNode node, InputSite site, string expected) =>
        node is ValuesScalar { IsNull: false } scalar ? scalar.Text : throw site.Malformed($"is {node.KindName}; expected {expected}");

    public static ValuesMapping Mapping(ValuesNode node, InputSite site, string expected) =>
        node as ValuesMapping ?? throw site.Malformed($"is {node.KindName}; expected {expected}");

    public static ValuesSequence Sequence(ValuesNode node, InputSite site, string expected) =>
        node as ValuesSequence ?? throw site.Malformed($"is {node.KindName}; expected {expected}");

    /// <summary>The texts of a list of scalars.</summary>
    public static List<string> Texts(ValuesNode node, ValuesSite site, string expected)
    {
        var items = new List<string>();
        var sequence = Sequence(node, site, expected);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            items.Add(Text(sequence.Items[i], Item(site, i, sequence.Items[i]), "a text"));
        }

        return items;
    }

    public static ValuesSite Item(ValuesSite site, int index, ValuesNode node) => site.At(index, node.Mark);

    public static ValuesSite Entry(ValuesSite site, ValuesEntry entry) => site.Under(entry.Key.Text, entry.Value.Mark);

    public static ValuesSite Key(ValuesSite site, ValuesEntry entry) => site.Under(entry.Key.Text, entry.Key.Mark);

    /// <summary>True for the <c>$patch</c> key; its value must be <c>replace</c>.</summary>
    public static bool IsPatchDirective(ValuesEntry entry, ValuesSite site)
    {
        if (entry.Key.Text != PatchKey)
        {
            return false;
        }

        var value = entry.Value is ValuesScalar { IsNull: false } s ? s.Text : entry.Value.KindName;
        return value == "replace"
            ? true
            : throw Entry(site, entry).Malformed($"'{value}' is not a patch strategy (replace: drop what the layers below have and keep only this map)");
    }

    public const string PatchKey = "$patch";
}
