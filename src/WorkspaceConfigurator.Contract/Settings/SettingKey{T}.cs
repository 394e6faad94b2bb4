namespace WorkspaceConfigurator.Contract;

/// <summary>A setting with a single value of type <typeparamref name="T"/>.</summary>
public sealed class SettingKey<T> : SettingKey
{
    private readonly SettingType<T> type;

    public SettingKey(string name, SettingType<T> type, string description) : base(name, description) => this.type = type;

    public override string TypeName => type.Name;

    internal override object ParseValue(string raw) => type.Parse(raw)!;

    internal override bool ReadsLike(SettingKey other) => other is SettingKey<T> same && ReferenceEquals(same.type, type);

    public override IReadOnlyList<string>? Choices => type.Choices;

    public override bool IsList => type.ParseItems is not null;

    // Nullable value types (int?, Memory?) are optional by their type; text says so in its SettingType.
    public override bool IsOptional => type.IsOptional || Nullable.GetUnderlyingType(typeof(T)) is not null;

    internal override object ParseItems(IReadOnlyList<string> items) =>
        type.ParseItems is { } parse ? parse(items)! : base.ParseItems(items);

    internal override string FormatValue(object? value) => value is null ? "(none)" : type.Format((T)value);

    /// <summary>
    /// Why a value given in code (a class's default) is not one the setting's own parser accepts, or null: written as
    /// a layer would write it and read back, so a default obeys the rules a values file or an override does.
    /// </summary>
    internal string? Problem(T value)
    {
        try
        {
            _ = type.Parse(type.Format(value));
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }
}
