namespace WorkspaceConfigurator.Profiles.JupyterLab;

/// <summary>A small JupyterLab with the essential data science tools.</summary>
public sealed class JupyterLabSmall : JupyterLabProfile
{
    public override string Slug => "jupyterlab";

    public override IReadOnlyList<string> Aliases => ["jupyterlab_small"];

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "JupyterLab Small");
        settings.Set(CoreSettings.Description, "JupyterLab environment with essential data science tools");
    }
}
