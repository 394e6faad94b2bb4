namespace WorkspaceConfigurator.Layers;

/// <summary>
/// What one layer says about one setting: a text to parse with the setting's type, the items of a YAML list, or
/// "no value" (<c>null</c> in a values file). It is parsed by the key of the profile it is applied to, so a
/// <c>global:</c> value is typed by each profile's own declaration.
/// </summary>
internal sealed class ScalarInput
{
    private ScalarInput(string field, string? text, IReadOnlyList<string>? items, SettingSource source, InputSite site)
    {
        Field = field;
        Text = text;
        Items = items;
        Source = source;
        Site = site;
    }

    public string Field { get; }

    /// <summary>The text as given; null for a list or for "no value".</summary>
    public string? Text { get; }

    /// <summary>The items of a YAML list; null otherwise.</summary>
    public IReadOnlyList<string>? Items { get; }

    public bool IsUnset => Text is null && Items is null;

    public SettingSource Source { get; }

    public InputSite Site { get; }

    public static ScalarInput Of(string field, string text, SettingSource source, InputSite site) => new(field, text, null, source, site);

    public static ScalarInput OfItems(string field, IReadOnlyList<string> items, SettingSource source, InputSite site) => new(field, null, items, source, site);

    public static ScalarInput Unset(string field, SettingSource source, InputSite site) => new(field, null, null, source, site);

    /// <summary>The typed value for <paramref name="key"/>; a bad value is a one-line error at its site.</summary>
    public object? Parse(SettingKey key)
    {
        try
        {
            return Items is not null ? key.ParseItems(Items) : Text is null ? null : key.ParseValue(Text);
        }
        catch (FormatException e)
        {
            throw Site.Malformed(e.Message);
        }
    }
}
