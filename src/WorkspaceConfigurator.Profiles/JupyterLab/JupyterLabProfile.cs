using WorkspaceConfigurator.Profiles.Common;

namespace WorkspaceConfigurator.Profiles.JupyterLab;

/// <summary>The JupyterLab family: JupyterLab's own landing page, one workspace volume.</summary>
public abstract class JupyterLabProfile : WorkspaceProfile
{
    public sealed override string Family => "JupyterLab";

    public sealed override bool IsJupyterServer => true;

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.Image, "ghcr.io/eoepca/iat-jupyterlab:latest-dev");
    }
}
