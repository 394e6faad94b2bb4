using FluentAssertions;
using WorkspaceConfigurator.Resolve;
using static WorkspaceConfigurator.Tests.Resolve.HandLadder;

namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// <see cref="RungValue.Of"/>, the precedence rule in one place, on ladders built by hand: which rungs give a setting
/// a value and in which order, and that the walk that stops early picks the same winner as the exact one.
/// </summary>
public sealed class RungValueTests
{
    private static readonly Sized SizedClass = new();

    // The walk describe --layers makes (exact) and the one the resolver makes (quick), for a setting as the ladder's
    // root class declares it.
    private static List<RungValue> Exact(Ladder ladder, SettingKey key) =>
        [.. RungValue.Of(Declaration(RootOf(ladder), key), ladder, Cache(), exact: true, "hand")];

    private static List<RungValue> Quick(Ladder ladder, SettingKey key) =>
        [.. RungValue.Of(Declaration(RootOf(ladder), key), ladder, Cache(), exact: false, "hand")];

    private static Profile RootOf(Ladder ladder) => ladder.Rungs.OfType<ClassRung>().Single(r => r.IsRoot).Registration.Profile;

    // RUNG=VALUE: a layer's text as given, a declared default as the setting shows it.
    private static string Describe(RungValue value) => value.Input is { } input
        ? $"{value.Rung.Name}={input.Text ?? "(unset)"}"
        : $"{value.Rung.Name}={value.Declared!.Key.FormatValue(value.Declared.Default)}";

    private static HandLayer Layer(string label, bool sets, string field, string value) =>
        sets ? new HandLayer(label).Set(field, value) : new HandLayer(label);

    [Fact]
    public void Every_layer_that_sets_a_setting_gives_a_value_highest_first_and_the_base_default_comes_last()
    {
        var ladder = Of(
            new HandLayer("--override").Set("storage_class_rwo", "override").Rung(),
            new HandLayer("own").Set("storage_class_rwo", "own").Rung(),
            new HandLayer("include").Set("storage_class_rwo", "include").Rung(via: "mixin"),
            Class(SizedClass),
            new HandLayer("global").Set("storage_class_rwo", "global").Global(),
            Base());

        Exact(ladder, CoreSettings.StorageClassRwo).Select(Describe).Should().Equal(
            "--override=override", "own=own", "include (from mixin)=include", "global=global", "default=standard");
    }

    [Fact]
    public void A_layer_that_does_not_set_the_setting_gives_no_value()
    {
        var ladder = Of(new HandLayer("own").Set("cpu_limit", "2").Rung(), Class(SizedClass), Base());
        Exact(ladder, CoreSettings.StorageClassRwo).Select(Describe).Should().Equal("default=standard");
    }

    [Fact]
    public void A_class_rung_gives_the_value_the_class_sets_itself_above_global()
    {
        var ladder = Of(Class(SizedClass), new HandLayer("global").Set("cpu_limit", "2").Global(), Base());
        Exact(ladder, CoreSettings.CpuLimit).Select(Describe).Should().Equal("class Sized=4", "global=2", "default=1");
    }

    [Fact]
    public void A_class_rung_gives_nothing_for_a_value_the_class_leaves_at_the_base_default_so_global_wins()
    {
        var ladder = Of(Class(SizedClass), new HandLayer("global").Set("storage_class_rwo", "gp3").Global(), Base());
        Exact(ladder, CoreSettings.StorageClassRwo).Select(Describe).Should().Equal("global=gp3", "default=standard");
    }

    [Fact]
    public void A_value_a_family_class_sets_counts_at_the_class_rung()
    {
        var member = new FamilyMember();
        var ladder = Of(Class(member), new HandLayer("global").Set("mem_limit", "4Gi").Global(), Base());
        Exact(ladder, CoreSettings.MemLimit).Select(Describe).Should().Equal("class FamilyMember=8G", "global=4Gi", "default=2G");
        Exact(ladder, CoreSettings.MemLimit)[0].Declared!.Source.ToString().Should().Be("family Family");
    }

    [Fact]
    public void A_class_above_the_root_counts_only_for_what_it_sets_itself()
    {
        // As an include that extends another class: its values sit above the root class, but only those it sets.
        var root = new Unnamed();
        var ladder = Of(Class(SizedClass, isRoot: false), Class(root), new HandLayer("global").Set("cpu_limit", "2").Set("storage_class_rwo", "gp3").Global(), Base());
        Exact(ladder, CoreSettings.CpuLimit).Select(Describe).Should().Equal("class Sized=4", "global=2", "default=1");
        Exact(ladder, CoreSettings.StorageClassRwo).Select(Describe).Should().Equal("global=gp3", "default=standard");
    }

    [Fact]
    public void For_a_setting_the_class_changes_the_base_rung_gives_wsconfs_own_default()
    {
        var ladder = Of(Class(SizedClass), Base());
        var atBase = Exact(ladder, CoreSettings.CpuLimit)[^1];
        atBase.Rung.Should().BeOfType<BaseRung>();
        atBase.Declared!.Default.Should().Be(1, "the base class's value, not the class's 4");
        atBase.Declared.Source.ToString().Should().Be("default");
    }

    [Fact]
    public void A_setting_only_the_class_declares_has_no_base_default()
    {
        var ladder = Of(Class(SizedClass), Base());
        Exact(ladder, Flavour).Select(Describe).Should().Equal("class Sized=plain");
    }

    [Fact]
    public void A_required_setting_gets_no_value_from_the_class_or_the_base()
    {
        var unnamed = new Unnamed();
        var ladder = Of(Class(unnamed), Base());
        Exact(ladder, CoreSettings.Image).Should().BeEmpty();
        Quick(ladder, CoreSettings.Image).Should().BeEmpty();
    }

    [Fact]
    public void A_required_setting_takes_the_value_a_layer_gives()
    {
        var unnamed = new Unnamed();
        var ladder = Of(new HandLayer("own").Set("image", "example.org/x:1").Rung(), Class(unnamed), Base());
        Exact(ladder, CoreSettings.Image).Select(Describe).Should().Equal("own=example.org/x:1");
    }

    [Fact]
    public void An_unset_is_a_value_of_its_rung_and_shadows_the_rungs_below()
    {
        var ladder = Of(new HandLayer("own").Set("default_url", null).Rung(), Class(SizedClass), new HandLayer("global").Set("default_url", "/lab").Global(), Base());
        var first = Exact(ladder, CoreSettings.DefaultUrl)[0];
        first.Rung.Name.Should().Be("own");
        first.Input!.IsUnset.Should().BeTrue();
    }

    // Every combination of three layers over a class, for a setting the class leaves at the base default, one it sets
    // itself, and one only it declares: the first value of the walk that stops early is the exact walk's first.
    public static TheoryData<bool, bool, bool, string> Combinations()
    {
        var data = new TheoryData<bool, bool, bool, string>();
        foreach (var field in new[] { "storage_class_rwo", "cpu_limit", "flavour" })
        {
            for (var mask = 0; mask < 8; mask++)
            {
                data.Add((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, field);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void The_walk_that_stops_early_picks_the_same_winner_as_the_exact_walk(bool overridden, bool own, bool global, string field)
    {
        var declaration = SizedClass.Settings().Single(d => d.Key.Name == field);
        var value = field == "cpu_limit" ? "3" : "x";
        var ladder = Of(
            Layer("--override", overridden, field, value).Rung(),
            Layer("own", own, field, value).Rung(),
            Class(SizedClass),
            Layer("global", global, field, value).Global(),
            Base());

        var exact = RungValue.Of(declaration, ladder, Cache(), exact: true, "hand").First();
        var quick = RungValue.Of(declaration, ladder, Cache(), exact: false, "hand").First();
        quick.Input.Should().BeSameAs(exact.Input);
        quick.Declared.Should().BeSameAs(exact.Declared);
    }

    [Fact]
    public void The_walk_that_stops_early_ends_at_the_root_class_when_nothing_below_it_sets_the_setting()
    {
        var ladder = Of(new HandLayer("own").Set("storage_class_rwo", "own").Rung(), Class(SizedClass), Base());
        Quick(ladder, CoreSettings.StorageClassRwo).Select(v => v.Rung.Name).Should().Equal("own", "class Sized");
    }

    [Fact]
    public void The_walk_that_stops_early_goes_on_past_the_root_class_when_global_sets_the_setting()
    {
        var ladder = Of(Class(SizedClass), new HandLayer("global").Set("storage_class_rwo", "gp3").Global(), Base());
        Quick(ladder, CoreSettings.StorageClassRwo).Select(Describe).Should().Equal("global=gp3", "default=standard");
    }

    [Fact]
    public void The_walk_that_stops_early_does_not_ask_where_the_root_class_default_was_declared()
    {
        // Where a default was declared is found by reflection: the walk the resolver uses must not need it.
        var asked = 0;
        var declaration = Declaration(SizedClass, CoreSettings.StorageClassRwo);
        var counted = declaration with { SourceOf = () => { asked++; return declaration.Source; } };
        var ladder = Of(Class(SizedClass), Base());

        RungValue.Of(counted, ladder, Cache(), exact: false, "hand").Single().Declared.Should().BeSameAs(counted);
        asked.Should().Be(0);
        _ = RungValue.Of(counted, ladder, Cache(), exact: true, "hand").ToList();
        asked.Should().BePositive("the exact walk must tell the class's value from the base's");
    }
}
