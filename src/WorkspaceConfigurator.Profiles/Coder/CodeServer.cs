namespace WorkspaceConfigurator.Profiles.Coder;

/// <summary>The everyday Code Server workspace.</summary>
public sealed class CodeServer : CoderProfile
{
    public override string Slug => "coder";

    public override IReadOnlyList<string> Aliases => ["coder_app"];

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Code Server");
        settings.Set(CoreSettings.Description, "Code Server for development");
    }

    public override string? BashrcPath => "coder/config_maps/coder/bash-rc";

    public override string? InitScriptPath => "coder/config_maps/coder/init.sh";
}
