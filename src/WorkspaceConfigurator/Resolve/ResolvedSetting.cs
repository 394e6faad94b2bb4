namespace WorkspaceConfigurator.Resolve;

/// <summary>One resolved setting: its final value and where that value came from.</summary>
internal sealed record ResolvedSetting(SettingKey Key, object? Value, Func<SettingSource> SourceOf)
{
    public SettingSource Source => SourceOf();
}
