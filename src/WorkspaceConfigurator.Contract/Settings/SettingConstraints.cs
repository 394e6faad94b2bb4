namespace WorkspaceConfigurator.Contract;

/// <summary>
/// Limits on a setting's final value, declared with it: <c>settings.Set(key, value, new() { ... })</c> in a profile's <c>Declare</c>.
/// Bounds are written in the setting's own type (<c>"10Gi"</c> for a size, <c>"2"</c> for CPUs) and compared by
/// amount; allowed values and the pattern apply to the value as <c>describe</c> shows it.
/// </summary>
public sealed record SettingConstraints
{
    /// <summary>The only values allowed, e.g. <c>["mount", "seed"]</c>.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>The smallest amount allowed, in the setting's type (numbers, CPUs, sizes, memory).</summary>
    public string? Minimum { get; init; }

    /// <summary>The largest amount allowed, in the setting's type.</summary>
    public string? Maximum { get; init; }

    /// <summary>A regular expression the whole value must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>What the pattern means, shown when a value does not match (e.g. "an https URL").</summary>
    public string? PatternMessage { get; init; }
}
