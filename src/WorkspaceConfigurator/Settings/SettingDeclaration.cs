namespace WorkspaceConfigurator.Settings;

/// <summary>
/// A setting a profile has, with its class default. Where the default is defined is worked out only when asked
/// (<c>describe</c>), because it needs reflection and most runs never show it.
/// </summary>
public sealed record SettingDeclaration(SettingKey Key, object? Default, Func<SettingSource> SourceOf)
{
    public SettingSource Source => SourceOf();
}
