using FluentAssertions;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Engine;

/// <summary>What a plan keeps of each profile: the commands that write need the specs and findings only.</summary>
public sealed class PlanRetentionTests
{
    [Fact]
    public void A_checked_plan_keeps_settings_and_ladders_only_when_asked()
    {
        var catalog = Plans.BuiltinCatalog();
        var lean = Workspace.Plan(catalog, CommandLineLayers.None, new Selection(["coder"])).Profiles.Single();
        lean.Spec.Should().NotBeNull();
        ((Func<object>)(() => lean.Settings)).Should().Throw<InvalidOperationException>().WithMessage("*keepSettings*");
        ((Func<object>)(() => lean.Ladder)).Should().Throw<InvalidOperationException>();

        var kept = Workspace.Plan(catalog, CommandLineLayers.None, new Selection(["coder"]), keepSettings: true).Profiles.Single();
        kept.Settings.Get(CoreSettings.DisplayName).Should().Be(kept.Spec!.DisplayName);
        kept.Ladder.Rungs.Should().NotBeEmpty();
        kept.Spec.Should().Be(lean.Spec, "keeping the settings changes nothing in what is built");
    }

    [Fact]
    public void Plans_that_stop_before_the_checks_always_keep_the_settings()
    {
        foreach (var depth in new[] { PlanDepth.Settings, PlanDepth.Built })
        {
            var planned = Workspace.Plan(Plans.BuiltinCatalog(), CommandLineLayers.None, new Selection(["coder"]), depth).Profiles.Single();
            planned.Settings.Get(CoreSettings.DisplayName).Should().NotBeNullOrEmpty(depth.ToString());
        }
    }
}
