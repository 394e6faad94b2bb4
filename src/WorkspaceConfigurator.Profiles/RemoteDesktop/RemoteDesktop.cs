namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>The plain remote desktop.</summary>
public sealed class RemoteDesktop : RemoteDesktopProfile
{
    public override string Slug => "remote-desktop";

    public override IReadOnlyList<string> Aliases => ["remote_desktop"];

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Remote Desktop");
        settings.Set(CoreSettings.Description, "Linux desktop environment via web browser (noVNC)");
    }
}
