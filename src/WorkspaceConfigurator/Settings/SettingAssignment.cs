namespace WorkspaceConfigurator.Settings;

/// <summary>
/// One value given for a setting from outside the profile class: a field (with a map key for <c>env.NAME</c>),
/// the raw text, and where it came from (shown by <c>describe</c> and named in errors).
/// </summary>
public sealed record SettingAssignment(string Field, string? MapKey, string RawValue, SettingSource Source)
{
    /// <summary>Global assignments are skipped for profiles that lack the setting; per-profile ones are errors then.</summary>
    public bool IsGlobal => Source.Origin == SettingOrigin.Option;
}
