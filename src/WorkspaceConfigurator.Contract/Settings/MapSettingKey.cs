namespace WorkspaceConfigurator.Contract;

/// <summary>
/// A map setting (<c>env</c>, <c>node_selector</c>, <c>extra_resource_limits</c>): overrides add entries that
/// win over the profile's own, so a hook that builds the map can never swallow an override.
/// </summary>
public sealed class MapSettingKey<TValue> : SettingKey
{
    private readonly SettingType<TValue> valueType;
    private readonly Func<string, string?> checkKey;

    // wsconf's own map settings only: a plugin cannot declare a map setting (Set and Require take a SettingKey<T>).
    internal MapSettingKey(string name, SettingType<TValue> valueType, string description, Func<string, string?> checkKey)
        : base(name, description)
    {
        this.valueType = valueType;
        this.checkKey = checkKey;
    }

    public override string TypeName => $"map of {valueType.Name}";

    public override bool IsMap => true;

    internal override bool ReadsLike(SettingKey other) => other is MapSettingKey<TValue> same && ReferenceEquals(same.valueType, valueType);

    internal override string? CheckEntryKey(string key) => checkKey(key);

    internal override object ParseValue(string raw) => valueType.Parse(raw)!;

    internal override string FormatValue(object? value) => value is null ? "(none)" : valueType.Format((TValue)value);
}
