namespace WorkspaceConfigurator.Profiles.JupyterLab;

/// <summary>A small JupyterLab with the essential data science tools.</summary>
public sealed class JupyterLabSmall : JupyterLabProfile
{
    public override string Slug => "jupyterlab";

    public override IReadOnlyList<string> Aliases => ["jupyterlab_small"];

    public override string DisplayName => "JupyterLab Small";

    public override string Description => "JupyterLab environment with essential data science tools";
}
