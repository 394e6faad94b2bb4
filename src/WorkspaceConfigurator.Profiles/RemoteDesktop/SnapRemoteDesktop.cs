using WorkspaceConfigurator.Profiles.Common;

namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>A desktop with ESA SNAP, with its settings mounted over the image's own.</summary>
public sealed class SnapRemoteDesktop : RemoteDesktopProfile
{
    public override string Slug => "remote-desktop-snap";

    public override IReadOnlyList<string> Aliases => ["snap_remote_desktop"];

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Snap Remote Desktop");
        settings.Set(CoreSettings.Description, "Linux desktop environment with Snap via web browser");
        settings.Set(CoreSettings.Image, "ghcr.io/eoepca/iga-remote-desktop-snap:latest-dev");
    }

    // SNAP's desktop runs without a GPU.
    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        WorkspaceEnvironment.Append(base.PodEnvVars(context), new KeyValuePair<string, EnvValue>("LIBGL_ALWAYS_SOFTWARE", "1"));

    // SNAP's user folder lives in the home: the asset files name the default home, a moved home replaces it.
    protected override IEnumerable<ConfigMapSpec> ConfigMaps(ProfileContext context) =>
    [
        InHome(context, context.ConfigMapFromAsset($"snap-conf-{context.Slug}", "snap.conf", "/usr/local/snap/etc/snap.conf",
            "remote-desktop/config_maps/remote-desktop-snap/snap.conf", ConfigMapSpec.ReadableByAllMode)),
        InHome(context, context.ConfigMapFromAsset($"snap-properties-{context.Slug}", "snap.properties", "/usr/local/snap/etc/snap.properties",
            "remote-desktop/config_maps/remote-desktop-snap/snap.properties", ConfigMapSpec.ReadableByAllMode)),
    ];

    // The snap files are written for the image's home; a profile whose home_path is another gets them rewritten.
    private const string AssetHome = "/workspace";

    private static ConfigMapSpec InHome(ProfileContext context, ConfigMapSpec map) =>
        context.Home == AssetHome || map.Content is null ? map : map with { Content = map.Content.Replace($"{AssetHome}/.snap", $"{context.Home}/.snap", StringComparison.Ordinal) };
}
