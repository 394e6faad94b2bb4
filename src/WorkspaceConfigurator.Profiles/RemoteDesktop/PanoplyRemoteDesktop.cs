namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>A desktop with Panoply (netCDF, HDF and GRIB viewer).</summary>
public sealed class PanoplyRemoteDesktop : RemoteDesktopProfile
{
    public override string Slug => "remote-desktop-panoply";

    public override IReadOnlyList<string> Aliases => ["panoply_remote_desktop"];

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Panoply Remote Desktop");
        settings.Set(CoreSettings.Description, "Linux desktop environment with Panoply via web browser");
        settings.Set(CoreSettings.Image, "ghcr.io/eoepca/iga-remote-desktop-panoply:latest-dev");
    }
}
