using WorkspaceConfigurator.Profiles.Common;

namespace WorkspaceConfigurator.Profiles.JupyterLab;

/// <summary>The JupyterLab family: JupyterLab's own landing page, one workspace volume.</summary>
public abstract class JupyterLabProfile : WorkspaceProfile
{
    public sealed override string Family => "JupyterLab";

    public sealed override bool IsJupyterServer => true;

    public override string Image => "ghcr.io/eoepca/iat-jupyterlab:latest-dev";
}
