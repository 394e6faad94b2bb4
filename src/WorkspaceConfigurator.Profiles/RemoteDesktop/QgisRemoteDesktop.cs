namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>A desktop with QGIS, pre-configured with a few public base layers.</summary>
public sealed class QgisRemoteDesktop : RemoteDesktopProfile
{
    public override string Slug => "remote-desktop-qgis";

    public override IReadOnlyList<string> Aliases => ["qgis_remote_desktop"];

    public override string DisplayName => "QGIS Remote Desktop";

    public override string Description => "Linux desktop environment with QGIS via web browser";

    public override string Image => "ghcr.io/eoepca/iga-remote-desktop-qgis:latest";

    public override string? InitScriptPath => "remote-desktop/config_maps/remote-desktop-qgis/init.sh";
}
