namespace WorkspaceConfigurator.Contract;

/// <summary>Builds a mapping in a fixed key order; optional entries are skipped when absent.</summary>
public sealed class YamlMappingBuilder
{
    private readonly List<YamlEntry> entries = [];

    public YamlMappingBuilder Add(string key, YamlNode value)
    {
        entries.Add(new YamlEntry(key, value));
        return this;
    }

    public YamlMappingBuilder Add(string key, string value) => Add(key, YamlNode.Str(value));

    public YamlMappingBuilder Add(string key, bool value) => Add(key, YamlNode.Bool(value));

    public YamlMappingBuilder Add(string key, long value) => Add(key, YamlNode.Int(value));

    public YamlMappingBuilder AddIfNotNull(string key, YamlNode? value) => value is null ? this : Add(key, value);

    public YamlMappingBuilder AddIfNotNull(string key, string? value) => value is null ? this : Add(key, value);

    /// <summary>Adds a sequence unless it is empty (optional lists are left out rather than written as []).</summary>
    public YamlMappingBuilder AddIfAny<T>(string key, IReadOnlyList<T> items, Func<T, YamlNode> render) =>
        items.Count == 0 ? this : Add(key, YamlNode.Seq(items, render));

    /// <summary>The same for any collection (what a query gives).</summary>
    public YamlMappingBuilder AddIfAny<T>(string key, IReadOnlyCollection<T> items, Func<T, YamlNode> render) =>
        items.Count == 0 ? this : Add(key, YamlNode.Seq(items.ToValueList(), render));

    public YamlMapping Build() => new(entries.ToValueList());
}
