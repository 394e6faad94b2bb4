namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>A desktop with QGIS, pre-configured with a few public base layers.</summary>
public sealed class QgisRemoteDesktop : RemoteDesktopProfile
{
    public override string Slug => "remote-desktop-qgis";

    public override IReadOnlyList<string> Aliases => ["qgis_remote_desktop"];

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "QGIS Remote Desktop");
        settings.Set(CoreSettings.Description, "Linux desktop environment with QGIS via web browser");
        settings.Set(CoreSettings.Image, "ghcr.io/eoepca/iga-remote-desktop-qgis:latest");
    }

    public override string? InitScriptPath => "remote-desktop/config_maps/remote-desktop-qgis/init.sh";
}
