namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>A desktop with Panoply (netCDF, HDF and GRIB viewer).</summary>
public sealed class PanoplyRemoteDesktop : RemoteDesktopProfile
{
    public override string Slug => "remote-desktop-panoply";

    public override IReadOnlyList<string> Aliases => ["panoply_remote_desktop"];

    public override string DisplayName => "Panoply Remote Desktop";

    public override string Description => "Linux desktop environment with Panoply via web browser";

    public override string Image => "ghcr.io/eoepca/iga-remote-desktop-panoply:latest-dev";
}
