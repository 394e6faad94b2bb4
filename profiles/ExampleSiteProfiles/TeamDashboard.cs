using WorkspaceConfigurator.Contract;

namespace ExampleSite.Profiles;

/// <summary>A read-only dashboard server: no family, no volumes, nothing kept between sessions.</summary>
public sealed class TeamDashboard : Profile
{
    public override string Slug => "dashboard";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Team Dashboard");
        settings.Set(CoreSettings.Description, "Voila dashboards of the team's published notebooks (read-only, nothing is kept)");
        settings.Set(CoreSettings.Image, "ghcr.io/example-site/team-dashboard:1.0.0");
        settings.Set(CoreSettings.MemLimit, Memory.GiB(1));
        settings.Set(CoreSettings.DefaultUrl, "/voila");
        settings.Set(CoreSettings.Groups, ["dashboard-viewers"]);
    }

    public override string Family => "Dashboard";

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
    [
        new("VOILA_THEME", "light"),
    ];
}
