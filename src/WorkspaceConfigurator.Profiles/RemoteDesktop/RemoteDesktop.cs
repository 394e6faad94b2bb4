namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>The plain remote desktop.</summary>
public sealed class RemoteDesktop : RemoteDesktopProfile
{
    public override string Slug => "remote-desktop";

    public override IReadOnlyList<string> Aliases => ["remote_desktop"];

    public override string DisplayName => "Remote Desktop";

    public override string Description => "Linux desktop environment via web browser (noVNC)";
}
