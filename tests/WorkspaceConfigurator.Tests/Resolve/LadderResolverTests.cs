using FluentAssertions;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Resolve;
using static WorkspaceConfigurator.Tests.Resolve.HandLadder;

namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// <see cref="LadderResolver"/> on ladders built by hand: the winning value of each scalar setting with its source,
/// required settings no rung sets, values a setting cannot take, and map settings, whose changes are kept on either
/// side of the root class's rung (where its hooks' entries sit) instead of resolved to one value.
/// </summary>
public sealed class LadderResolverTests
{
    private static readonly Sized SizedClass = new();

    // The profile is the root class of the ladder; its declarations type every value.
    private static ResolvedSettings Resolve(Ladder ladder, params CommandLineOverride[] overrides) =>
        ResolveAs(ladder.Rungs.OfType<ClassRung>().Single(r => r.IsRoot).Registration.Profile, ladder, overrides);

    private static ResolvedSettings ResolveAs(Profile profile, Ladder ladder, params CommandLineOverride[] overrides)
    {
        var registration = Registration(profile);
        var cache = Cache();
        return LadderResolver.Resolve(registration, cache.Of(registration), ladder, cache, overrides);
    }

    private static ResolvedSetting Setting(ResolvedSettings settings, SettingKey key) => settings.All.Single(s => s.Key == key);

    private static IEnumerable<string> Entries(ResolvedSettings settings, SettingKey key) =>
        settings.MapEntries(key).Select(e => $"{e.Key}={e.Value} ({e.Source.Detail})");

    private static IEnumerable<string> Changes(IReadOnlyList<MapChange> changes) =>
        changes.Select(c => c.Kind == MapOpKind.Set ? $"{c.Key}={c.Value}" : $"{c.Kind} {c.Key}".TrimEnd());

    [Fact]
    public void The_highest_rung_that_sets_a_scalar_wins_and_is_its_source()
    {
        var settings = Resolve(Of(
            new HandLayer("--override").Set("cpu_limit", "8").Rung(),
            new HandLayer("own").Set("cpu_limit", "6").Rung(),
            Class(SizedClass),
            new HandLayer("global").Set("cpu_limit", "2").Global(),
            Base()));
        settings.Get(CoreSettings.CpuLimit).Should().Be(8);
        Setting(settings, CoreSettings.CpuLimit).Source.Detail.Should().Be("--override");
    }

    [Fact]
    public void A_value_from_another_profiles_entry_names_that_profile_in_its_source()
    {
        var settings = Resolve(Of(new HandLayer("site.yaml:4").Set("cpu_limit", "6").Rung(via: "mixin"), Class(SizedClass), Base()));
        Setting(settings, CoreSettings.CpuLimit).Source.Detail.Should().Be("site.yaml:4 (from mixin)");
    }

    [Fact]
    public void A_value_the_class_sets_itself_wins_over_global()
    {
        var settings = Resolve(Of(Class(SizedClass), new HandLayer("global").Set("cpu_limit", "2").Global(), Base()));
        settings.Get(CoreSettings.CpuLimit).Should().Be(4);
        Setting(settings, CoreSettings.CpuLimit).Source.ToString().Should().Be("class Sized");
    }

    [Fact]
    public void Global_wins_over_a_value_the_class_leaves_at_the_base_default()
    {
        var settings = Resolve(Of(Class(SizedClass), new HandLayer("global").Set("storage_class_rwo", "gp3").Global(), Base()));
        settings.Get(CoreSettings.StorageClassRwo).Should().Be("gp3");
        Setting(settings, CoreSettings.StorageClassRwo).Source.Detail.Should().Be("global");
    }

    [Fact]
    public void With_no_rung_setting_it_the_base_default_applies()
    {
        var settings = Resolve(Of(Class(SizedClass), new HandLayer("global").Global(), Base()));
        settings.Get(CoreSettings.StorageClassRwo).Should().Be("standard");
        Setting(settings, CoreSettings.StorageClassRwo).Source.ToString().Should().Be("default");
        settings.Missing.Should().BeEmpty();
    }

    [Fact]
    public void A_required_setting_no_rung_sets_is_missing_and_has_no_value()
    {
        var unnamed = new Unnamed();
        var settings = Resolve(Of(new HandLayer("own").Set("display_name", "Named").Rung(), Class(unnamed), Base()));
        settings.Missing.Select(d => d.Key.Name).Should().Equal("description", "image");
        settings.Value(CoreSettings.Image).Should().BeNull();
        settings.Get(CoreSettings.DisplayName).Should().Be("Named");
    }

    [Fact]
    public void Null_for_a_required_setting_is_an_error_at_its_site_even_where_a_lower_rung_sets_it()
    {
        var unnamed = new Unnamed();
        var resolve = () => Resolve(Of(
            new HandLayer("site.yaml:3").Set("display_name", null).Rung(),
            new HandLayer("mixin").Set("display_name", "Named").Rung(),
            Class(unnamed),
            Base()));

        resolve.Should().Throw<WsconfException>().WithMessage("site.yaml:3: display_name: cannot be null: display_name is required (*); give it a value");
    }

    [Fact]
    public void A_setting_another_class_on_the_ladder_gives_another_type_is_an_error_naming_both()
    {
        var root = new Typed(new SettingKey<string>("tier", SettingTypes.Text, "tier as text"), "gold");
        var other = new Typed(new SettingKey<long>("tier", SettingTypes.Count, "tier as a count"), 5L);
        var resolve = () => Resolve(Of(Class(other, isRoot: false), Class(root), Base()));

        resolve.Should().Throw<ProfileBuildException>()
            .WithMessage("profile 'typed': setting 'tier' is text in class Typed and whole number in class Typed, which its ladder includes; give one of them another name");
    }

    [Fact]
    public void Null_unsets_an_optional_setting_that_a_lower_rung_sets()
    {
        var settings = Resolve(Of(
            new HandLayer("own").Set("default_url", null).Rung(),
            Class(SizedClass),
            new HandLayer("global").Set("default_url", "/lab").Global(),
            Base()));
        settings.Get(CoreSettings.DefaultUrl).Should().BeNull();
        Setting(settings, CoreSettings.DefaultUrl).Source.Detail.Should().Be("own");
    }

    [Fact]
    public void Null_for_a_setting_that_always_has_a_value_is_an_error_at_its_site()
    {
        var resolve = () => Resolve(Of(new HandLayer("--override sized:cpu_limit=").Set("cpu_limit", null).Rung(), Class(SizedClass), Base()));
        resolve.Should().Throw<WsconfException>().WithMessage("--override sized:cpu_limit=: cpu_limit: cannot be null: cpu_limit always has a value (*)*");
    }

    [Fact]
    public void A_layer_value_its_setting_does_not_allow_is_an_error_at_its_site()
    {
        var constrained = new Constrained();
        var resolve = () => Resolve(Of(new HandLayer("own").Set("tier", "medium").Rung(), Class(constrained), Base()));
        resolve.Should().Throw<WsconfException>().WithMessage("own: tier: 'medium' is not allowed (one of: small, large)");
    }

    [Fact]
    public void A_class_default_its_own_constraint_does_not_allow_is_a_profile_error()
    {
        var contradicting = new SelfContradicting();
        var resolve = () => Resolve(Of(Class(contradicting), Base()));
        resolve.Should().Throw<ProfileBuildException>().WithMessage("profile 'contradicting': tier: its default medium breaks its own constraint: 'medium' is not allowed*");
    }

    [Fact]
    public void A_value_a_higher_rung_gives_replaces_a_class_default_its_constraint_does_not_allow()
    {
        // Only the winner is checked: a default that loses never reaches a spec.
        var contradicting = new SelfContradicting();
        var settings = Resolve(Of(new HandLayer("own").Set("tier", "large").Rung(), Class(contradicting), Base()));
        settings.Get(Tier).Should().Be("large");
    }

    [Fact]
    public void Map_changes_below_the_root_class_go_under_the_hooks_and_those_above_it_over_them()
    {
        var settings = Resolve(Of(
            new HandLayer("own").Entry("env", "A", "own").Rung(),
            Class(SizedClass),
            new HandLayer("global").Entry("env", "B", "global").Global(),
            Base()));
        Changes(settings.Changes.MapAbove("env")).Should().Equal("A=own");
        Changes(settings.Changes.MapBelow("env")).Should().Equal("B=global");
    }

    [Fact]
    public void Map_changes_are_kept_lowest_rung_first()
    {
        var settings = Resolve(Of(
            new HandLayer("--override").Entry("env", "A", "override").Rung(),
            new HandLayer("own").Entry("env", "A", "own").Entry("env", "B", "own").Rung(),
            Class(SizedClass),
            new HandLayer("global-later").Entry("env", "C", "later").Global(),
            new HandLayer("global-earlier").Entry("env", "C", "earlier").Global(),
            Base()));
        Changes(settings.Changes.MapAbove("env")).Should().Equal("A=own", "B=own", "A=override");
        Changes(settings.Changes.MapBelow("env")).Should().Equal("C=earlier", "C=later");
    }

    [Fact]
    public void Map_entries_merge_across_rungs_the_higher_value_winning_and_each_keeping_its_first_place()
    {
        var settings = Resolve(Of(
            new HandLayer("own").Entry("node_selector", "pool", "own").Entry("node_selector", "zone", "a").Rung(),
            Class(SizedClass),
            new HandLayer("global").Entry("node_selector", "pool", "global").Entry("node_selector", "disk", "ssd").Global(),
            Base()));
        Entries(settings, CoreSettings.NodeSelector).Should().Equal("pool=own (own)", "disk=ssd (global)", "zone=a (own)");
    }

    [Fact]
    public void A_deleted_map_entry_is_left_out_and_a_higher_rung_may_set_it_again()
    {
        var settings = Resolve(Of(
            new HandLayer("--override").Entry("env", "B", "again").Rung(),
            new HandLayer("own").Delete("env", "A").Delete("env", "B").Rung(),
            Class(SizedClass),
            new HandLayer("global").Entry("env", "A", "1").Entry("env", "B", "2").Global(),
            Base()));
        Entries(settings, CoreSettings.Env).Should().Equal("B=again (--override)");
        Changes(settings.Changes.MapAbove("env")).Should().Equal("Delete A", "Delete B", "B=again");
    }

    [Fact]
    public void Replacing_a_map_drops_the_entries_of_every_rung_below_and_keeps_its_own()
    {
        var settings = Resolve(Of(
            new HandLayer("--override").Entry("env", "C", "override").Rung(),
            new HandLayer("own").Replace("env").Entry("env", "B", "own").Rung(),
            new HandLayer("include").Entry("env", "I", "include").Rung(via: "mixin"),
            Class(SizedClass),
            new HandLayer("global").Entry("env", "A", "global").Global(),
            Base()));
        Entries(settings, CoreSettings.Env).Should().Equal("B=own (own)", "C=override (--override)");
        Changes(settings.Changes.MapAbove("env")).Should().Equal("I=include", "Clear", "B=own", "C=override");
    }

    [Fact]
    public void Without_a_root_class_every_map_change_goes_over_the_hooks()
    {
        // A profile of includes only: no class runs hooks, so global: is not below anything.
        var unnamed = new Unnamed();
        var settings = ResolveAs(unnamed, Of(Class(unnamed, isRoot: false), new HandLayer("global").Entry("env", "G", "1").Global(), Base()));
        Changes(settings.Changes.MapAbove("env")).Should().Equal("G=1");
        settings.Changes.MapBelow("env").Should().BeEmpty();
    }

    [Fact]
    public void Map_values_are_typed_by_the_profiles_key()
    {
        var settings = Resolve(Of(new HandLayer("own").Entry("extra_resource_limits", "example.com/fpga", "2").Rung(), Class(SizedClass), Base()));
        settings.Changes.MapAbove("extra_resource_limits").Single().Value.Should().Be(2L);
    }

    [Fact]
    public void A_map_setting_resolves_to_no_single_value()
    {
        var settings = Resolve(Of(new HandLayer("own").Entry("env", "A", "1").Rung(), Class(SizedClass), Base()));
        settings.Value(CoreSettings.Env).Should().BeNull();
        settings.Missing.Should().BeEmpty();
    }

    [Fact]
    public void An_override_of_a_field_the_profile_does_not_declare_is_a_usage_error()
    {
        var given = new CommandLineOverride("sized", "tier", null, OverrideAction.Set, "large", "--override sized:tier=large");
        var resolve = () => Resolve(Of(Class(SizedClass), Base()), given);
        resolve.Should().Throw<WsconfException>().WithMessage("--override sized:tier=large: unknown field 'tier' for profile 'sized' (valid: *flavour*)");
    }

    [Fact]
    public void An_override_of_a_whole_map_without_a_key_is_a_usage_error()
    {
        var given = new CommandLineOverride("sized", "env", null, OverrideAction.Set, "x", "--override sized:env=x");
        var resolve = () => Resolve(Of(Class(SizedClass), Base()), given);
        resolve.Should().Throw<WsconfException>().WithMessage("--override sized:env=x: 'env' is a map; give one entry as env.KEY=VALUE*");
    }

    [Fact]
    public void Deleting_a_setting_that_is_no_map_is_a_usage_error()
    {
        var given = new CommandLineOverride("sized", "cpu_limit", null, OverrideAction.Clear, "", "--override sized:cpu_limit-");
        var resolve = () => Resolve(Of(Class(SizedClass), Base()), given);
        resolve.Should().Throw<WsconfException>().WithMessage("--override sized:cpu_limit-: 'cpu_limit' is not a map, so it cannot be deleted with '-'*");
    }

    // A class that declares one setting of its own, of the key's type.
    private sealed class Typed(SettingKey key, object value) : Profile
    {
        public override string Slug => "typed";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "Typed");
            settings.Set(CoreSettings.Description, "declares tier");
            settings.Set(CoreSettings.Image, "example.org/typed:1");
            switch (key)
            {
                case SettingKey<string> text:
                    settings.Set(text, (string)value);
                    break;
                case SettingKey<long> count:
                    settings.Set(count, (long)value);
                    break;
            }
        }
    }
}
