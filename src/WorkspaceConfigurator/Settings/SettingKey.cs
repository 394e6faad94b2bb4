namespace WorkspaceConfigurator.Settings;

/// <summary>
/// The name, type and meaning of one overridable setting. A key knows how to parse a command-line value into
/// its type, so every override is typed the same way wherever it comes from.
/// </summary>
public abstract class SettingKey
{
    protected SettingKey(string name, string description)
    {
        if (!IsSnakeCase(name))
        {
            throw new ArgumentException($"setting name '{name}' must be snake_case (e.g. mlflow_tracking_uri)", nameof(name));
        }

        Name = name;
        Description = description;
    }

    /// <summary>The snake_case field name used in <c>--override SLUG:FIELD=VALUE</c>.</summary>
    public string Name { get; }

    /// <summary>One line for <c>describe</c> and error messages.</summary>
    public string Description { get; }

    /// <summary>A short type name shown to people, e.g. "whole CPUs" or "memory".</summary>
    public abstract string TypeName { get; }

    /// <summary>Map settings take entries with a dotted field (<c>env.NAME=VALUE</c>) and merge onto what the hooks produce.</summary>
    public virtual bool IsMap => false;

    /// <summary>Parses a command-line value; throws <see cref="FormatException"/> with a message that says what is valid.</summary>
    public abstract object ParseValue(string raw);

    /// <summary>True for list settings (<c>groups</c>), which a values file writes as a YAML list.</summary>
    public virtual bool IsList => false;

    /// <summary>True when the setting may have no value (<c>default_url</c>, <c>cpu_guarantee</c>).</summary>
    public virtual bool IsOptional => false;

    /// <summary>For enumerations: every valid value.</summary>
    public virtual IReadOnlyList<string>? Choices => null;

    /// <summary>Parses the items of a YAML list; throws <see cref="FormatException"/> for a setting that is no list.</summary>
    public virtual object ParseItems(IReadOnlyList<string> items) => throw new FormatException($"is a list; expected {TypeName}");

    /// <summary>For map settings: null when an entry key is valid, else what is wrong with it.</summary>
    public virtual string? CheckEntryKey(string key) => null;

    /// <summary>Formats a value of this setting for people.</summary>
    public abstract string FormatValue(object? value);

    public override string ToString() => Name;

    // ^[a-z][a-z0-9_]*$
    private static bool IsSnakeCase(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A setting with a single value of type <typeparamref name="T"/>.</summary>
public sealed class SettingKey<T> : SettingKey
{
    private readonly SettingType<T> type;

    public SettingKey(string name, SettingType<T> type, string description) : base(name, description) => this.type = type;

    public override string TypeName => type.Name;

    public override object ParseValue(string raw) => type.Parse(raw)!;

    public override IReadOnlyList<string>? Choices => type.Choices;

    public override bool IsList => type.ParseItems is not null;

    // Nullable value types (int?, Memory?) are optional by their type; text says so in its SettingType.
    public override bool IsOptional => type.IsOptional || Nullable.GetUnderlyingType(typeof(T)) is not null;

    public override object ParseItems(IReadOnlyList<string> items) =>
        type.ParseItems is { } parse ? parse(items)! : base.ParseItems(items);

    public override string FormatValue(object? value) => value is null ? "(none)" : type.Format((T)value);
}

/// <summary>
/// A map setting (<c>env</c>, <c>node_selector</c>, <c>extra_resource_limits</c>): overrides add entries that
/// win over the profile's own, so a hook that builds the map can never swallow an override.
/// </summary>
public sealed class MapSettingKey<TValue> : SettingKey
{
    private readonly SettingType<TValue> valueType;
    private readonly Func<string, string?> checkKey;

    public MapSettingKey(string name, SettingType<TValue> valueType, string description, Func<string, string?> checkKey)
        : base(name, description)
    {
        this.valueType = valueType;
        this.checkKey = checkKey;
    }

    public override string TypeName => $"map of {valueType.Name}";

    public override bool IsMap => true;

    public override string? CheckEntryKey(string key) => checkKey(key);

    public override object ParseValue(string raw) => valueType.Parse(raw)!;

    public override string FormatValue(object? value) => value is null ? "(none)" : valueType.Format((TValue)value);
}
