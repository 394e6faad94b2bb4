using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace ExampleSite.Profiles;

/// <summary>A read-only dashboard server: no family, no volumes, nothing kept between sessions.</summary>
public sealed class TeamDashboard : Profile
{
    public override string Slug => "dashboard";

    public override string DisplayName => "Team Dashboard";

    public override string Description => "Voila dashboards of the team's published notebooks (read-only, nothing is kept)";

    public override string Image => "ghcr.io/example-site/team-dashboard:1.0.0";

    public override string Family => "Dashboard";

    public override Memory MemLimit => Memory.GiB(1);

    public override string? DefaultUrl => "/voila";

    public override IReadOnlyList<string> Groups => ["dashboard-viewers"];

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
    [
        new("VOILA_THEME", "light"),
    ];
}
