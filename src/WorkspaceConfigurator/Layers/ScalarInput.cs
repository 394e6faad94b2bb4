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
    public object? Parse(SettingKey key) => TryParse(key, out var value, out var problem) ? value : throw Site.Malformed(problem!);

    /// <summary>
    /// The typed value for <paramref name="key"/>, or why it is not one: a <c>global:</c> value may fit one profile
    /// and not another, which <c>describe --layers</c> shows where a higher layer shadows it.
    /// </summary>
    public bool TryParse(SettingKey key, out object? value, out string? problem)
    {
        try
        {
            value = Items is not null ? key.ParseItems(Items) : Text is null ? null : key.ParseValue(Text);
            problem = null;
            return true;
        }
        catch (FormatException e)
        {
            (value, problem) = (null, e.Message);
            return false;
        }
    }

    /// <summary>The value as the layer wrote it: the text, or the list's items.</summary>
    public string Written => Text ?? (Items is null ? "(none)" : $"[{string.Join(", ", Items)}]");
}
