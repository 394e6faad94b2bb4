using System.Globalization;

namespace WorkspaceConfigurator.Contract;

/// <summary>A YAML value tree with ordered keys and value equality: what renderers produce and the writer prints.</summary>
public abstract record YamlNode
{
    // Closed: the writer knows scalars, sequences and mappings; a plugin's own node would reach it unwritable.
    private protected YamlNode()
    {
    }

    public static YamlScalar Str(string text) => new(text, YamlScalarKind.String);

    public static YamlScalar Int(long value) => new(value.ToString(CultureInfo.InvariantCulture), YamlScalarKind.Int);

    public static YamlScalar Bool(bool value) => value ? True : False;

    // Nodes are immutable: the two booleans are shared.
    private static readonly YamlScalar True = new("true", YamlScalarKind.Bool);

    private static readonly YamlScalar False = new("false", YamlScalarKind.Bool);

    public static YamlScalar Null { get; } = new("null", YamlScalarKind.Null);

    public static YamlNode StrOrNull(string? text) => text is null ? Null : Str(text);

    public static YamlSequence Seq(IEnumerable<YamlNode> items) => new(items.ToValueList());

    public static YamlSequence Strings(IReadOnlyList<string> items) => Seq(items, Str);

    // The IEnumerable forms take what a query gives; the list and ValueMap forms take wsconf's own collections.
    public static YamlSequence Strings(IEnumerable<string> items) => Strings(items.ToValueList());

    /// <summary>A sequence of each item rendered, in order.</summary>
    public static YamlSequence Seq<T>(IReadOnlyList<T> items, Func<T, YamlNode> render) => new(ValueList.From(items, render));

    /// <summary>A mapping from key/value pairs, in their order.</summary>
    public static YamlMapping Map<T>(ValueMap<T> pairs, Func<T, YamlNode> value)
    {
        var entries = new YamlEntry[pairs.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new YamlEntry(pairs[i].Key, value(pairs[i].Value));
        }

        return new(ValueList.Of(entries));
    }

    public static YamlMapping Map(ValueMap<string> pairs) => Map(pairs, Str);

    public static YamlMapping Map<T>(IEnumerable<KeyValuePair<string, T>> pairs, Func<T, YamlNode> value)
    {
        var entries = new List<YamlEntry>();
        foreach (var pair in pairs)
        {
            entries.Add(new YamlEntry(pair.Key, value(pair.Value)));
        }

        return new(entries.ToValueList());
    }

    public static YamlMapping Map(IEnumerable<KeyValuePair<string, string>> pairs) => Map(pairs, Str);

    /// <summary>Null for an empty map, so optional maps are left out rather than written as {}.</summary>
    public static YamlMapping? MapOrNull<T>(ValueMap<T> pairs, Func<T, YamlNode> value) =>
        pairs.Count == 0 ? null : Map(pairs, value);

    public static YamlMapping? MapOrNull<T>(IReadOnlyCollection<KeyValuePair<string, T>> pairs, Func<T, YamlNode> value) =>
        pairs.Count == 0 ? null : Map(pairs, value);
}
