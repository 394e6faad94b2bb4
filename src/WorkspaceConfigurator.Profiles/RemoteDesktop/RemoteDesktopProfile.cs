using WorkspaceConfigurator.Profiles.Common;

namespace WorkspaceConfigurator.Profiles.RemoteDesktop;

/// <summary>The remote Linux desktop family (noVNC in the browser), with conda environments on the workspace volume.</summary>
public abstract class RemoteDesktopProfile : WorkspaceProfile
{
    public sealed override string Family => "RemoteDesktop";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.Image, "ghcr.io/eoepca/iga-remote-desktop:1.2.0");
        settings.Set(CoreSettings.DefaultUrl, "/desktop");
    }

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        WorkspaceEnvironment.For(
            context.Home,
            new("CONDA_ENVS_PATH", $"{context.Home}/.envs"),
            new("CONDARC", $"{context.Home}/.condarc"));
}
