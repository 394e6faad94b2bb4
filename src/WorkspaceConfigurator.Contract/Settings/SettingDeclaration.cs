namespace WorkspaceConfigurator.Contract;

/// <summary>
/// A setting a profile has, with its class default. Where the default is defined is worked out only when asked
/// (<c>describe</c>, or a <c>global:</c> value that must know whether the class set the value itself), because it
/// needs reflection and most runs never ask.
/// </summary>
internal sealed record SettingDeclaration(SettingKey Key, object? Default, Func<SettingSource> SourceOf)
{
    public SettingSource Source => SourceOf();

    /// <summary>No default: some layer (a values file, an override) must set it, or the profile does not build.</summary>
    public bool Required { get; init; }

    /// <summary>What the final value must satisfy beyond its type (allowed values, bounds, a pattern).</summary>
    public SettingConstraints? Constraints { get; init; }
}
