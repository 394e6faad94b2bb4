using FluentAssertions;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Catalog;

/// <summary>
/// Two classes of one catalogue (two plugins, say) may give one setting name two types. A value under <c>global:</c>
/// is then typed by each profile it reaches, not refused when read by the type of whichever class came first; a value
/// that does not fit a profile is refused at its line when that profile is built.
/// </summary>
public sealed class SettingTypeClashTests
{
    private static readonly SettingKey<long> CountTier = new("tier", SettingTypes.Count, "tier as a count");
    private static readonly SettingKey<long> DurationTier = new("tier", SettingTypes.Duration, "tier as a duration");
    private static readonly SettingKey<string> TextTier = new("tier", SettingTypes.Text, "tier as text");
    private static readonly SettingKey<ValueList<string>> ListTier = new("tier", SettingTypes.NonEmptyList, "tier as a list");

    [Fact]
    public void A_global_value_is_typed_by_each_profile_and_refused_only_where_it_does_not_fit()
    {
        using var site = new SiteValues();
        site.Add("global:\n  tier: gold\n");
        var catalog = site.Catalog(new Counted(), new Named());

        Plan(catalog, "named").Settings!.Get(TextTier).Should().Be("gold");
        var counted = () => Plan(catalog, "counted");
        counted.Should().Throw<ValuesFileException>().Which.Message.Should()
            .Contain(":2:").And.Contain("tier").And.Contain("whole number").And.Contain("building profile 'counted'");
    }

    [Fact]
    public void A_global_list_reaches_the_profile_whose_class_takes_a_list()
    {
        using var site = new SiteValues();
        site.Add("global:\n  tier: [gold, silver]\n");
        var catalog = site.Catalog(new Named(), new Listed());

        Plan(catalog, "listed").Settings!.Get(ListTier).Should().Equal("gold", "silver");
        var named = () => Plan(catalog, "named");
        named.Should().Throw<ValuesFileException>().Which.Message.Should().Contain(":2:").And.Contain("building profile 'named'");
    }

    [Fact]
    public void Two_number_types_that_read_text_differently_are_two_types()
    {
        using var site = new SiteValues();
        site.Add("global:\n  tier: 2h\n");
        var catalog = site.Catalog(new Counted(), new Timed());

        Plan(catalog, "timed").Settings!.Get(DurationTier).Should().Be(7200);
        var counted = () => Plan(catalog, "counted");
        counted.Should().Throw<ValuesFileException>().Which.Message.Should().Contain("building profile 'counted'");
    }

    [Fact]
    public void Describe_layers_shows_a_shadowed_value_that_does_not_fit_as_written_with_why()
    {
        using var site = new SiteValues();
        site.Add("global:\n  tier: gold\nprofiles:\n  counted:\n    tier: 3\n");
        var catalog = site.Catalog(new Counted(), new Named());
        var profile = Workspace.Plan(catalog, CommandLineLayers.None, new Selection(["counted"]), PlanDepth.Built, traceHooks: true).Profiles.Single();

        var lines = LayerHistory.Of(catalog, profile).Single(h => h.Field == "tier").Lines.Select(l => l.Shown).ToList();

        lines.Should().HaveCount(2);
        lines[0].Should().Be("3");
        lines[1].Should().StartWith("gold (does not fit: ").And.Contain("whole number");
    }

    [Fact]
    public void Without_a_clash_a_global_value_is_still_checked_when_read()
    {
        using var site = new SiteValues();
        site.Add("global:\n  tier: gold\n");

        var read = () => site.Catalog(new Counted());

        read.Should().Throw<ValuesFileException>().Which.Message.Should().Contain(":2:").And.NotContain("building profile");
    }

    private static PlannedProfile Plan(ProfileCatalog catalog, string slug) =>
        Workspace.Plan(catalog, CommandLineLayers.None, new Selection([slug]), PlanDepth.Settings).Profiles.Single();

    // Three classes (as two plugins would bring) that require the setting "tier", each with its own type: a class's
    // own default would stand above global:, which is the lowest layer.
    private sealed class Counted() : Tiered("counted", CountTier);

    private sealed class Named() : Tiered("named", TextTier);

    private sealed class Timed() : Tiered("timed", DurationTier);

    private sealed class Listed() : Tiered("listed", ListTier);

    private abstract class Tiered(string slug, SettingKey key) : Profile
    {
        public override string Slug => slug;

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, slug);
            settings.Set(CoreSettings.Description, "requires tier");
            settings.Set(CoreSettings.Image, "example.org/tiered:1");
            _ = key switch
            {
                SettingKey<string> text => settings.Require(text),
                SettingKey<long> count => settings.Require(count),
                SettingKey<ValueList<string>> list => settings.Require(list),
                _ => throw new ArgumentException(key.Name),
            };
        }
    }
}
