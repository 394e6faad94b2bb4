using FluentAssertions;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Profiles.Coder;
using WorkspaceConfigurator.Resolve;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// Each rung of the ladder against every rung below it, for one setting: whichever rung is the highest to set it
/// wins, and its origin is reported. Rungs, highest first: --override, a global option, the profile's entry in the
/// later and the earlier file, its first and second include, the entry of the data profile it extends, the class,
/// global: (later file, earlier file), the base default.
/// </summary>
public sealed class LadderRungTests
{
    private static readonly string[] RungNames =
    [
        "override", "option", "own-later", "own-earlier", "include-1", "include-2", "extended", "class", "global-later", "global-earlier", "default",
    ];

    /// <summary>A class that sets storage_class_rwo itself (the built-ins leave it at the base default).</summary>
    private sealed class StorageClassProfile : Profile
    {
        public override string Slug => "classy";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "Classy");
            settings.Set(CoreSettings.Description, "sets its own storage class");
            settings.Set(CoreSettings.Image, "example.org/classy:1");
            settings.Set(CoreSettings.StorageClassRwo, "class-sc");
        }
    }

    // storage_class_rwo set on rungs from..end of a ladder for 'x' (x extends mid, mid extends BASE; x includes m1, m2).
    private static PlannedProfile Resolve(int from, string baseSlug, params Profile[] extra)
    {
        string Value(int rung) => rung >= from ? $"storage_class_rwo: {RungNames[rung]}" : "";
        using var site = new SiteValues();
        site.Add($$"""
            global:
              {{Value(9)}}
            profiles:
              m1: {abstract: true, {{Value(4)}}}
              m2: {abstract: true, {{Value(5)}}}
              mid:
                extends: {{baseSlug}}
                {{Value(6)}}
              x:
                extends: mid
                profiles: [m1, m2]
                {{Value(3)}}
            """);
        site.Add($$"""
            global:
              {{Value(8)}}
            profiles:
              x:
                {{Value(2)}}
            """);
        var global = from <= 1 ? new[] { new CommandLineSetting("storage_class_rwo", "option", "--storage-class-rwo option") } : [];
        var overrides = from <= 0 ? new[] { new CommandLineOverride("x", "storage_class_rwo", null, OverrideAction.Set, "override", "--override x:storage_class_rwo=override") } : [];
        return site.Profile("x", new CommandLineLayers(global, overrides), extra);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(9)]
    public void Over_a_class_that_leaves_the_setting_at_the_default_the_highest_rung_that_sets_it_wins(int from)
    {
        var profile = Resolve(from, "coder");
        profile.Settings.Get(CoreSettings.StorageClassRwo).Should().Be(RungNames[from]);
        profile.Spec!.Volumes.Single(v => v.Name == "workspace-volume").StorageClass.Should().Be(RungNames[from]);
    }

    [Fact]
    public void With_no_rung_setting_it_the_base_default_applies() =>
        Resolve(10, "coder").Settings.Get(CoreSettings.StorageClassRwo).Should().Be("standard");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Over_a_class_that_sets_the_setting_the_rungs_above_the_class_win(int from) =>
        Resolve(from, "classy", new StorageClassProfile()).Settings.Get(CoreSettings.StorageClassRwo).Should().Be(RungNames[from]);

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void A_class_that_sets_the_setting_wins_over_global_and_the_default(int from) =>
        Resolve(from, "classy", new StorageClassProfile()).Settings.Get(CoreSettings.StorageClassRwo).Should().Be("class-sc");

    [Fact]
    public void Every_winner_names_its_origin()
    {
        string Source(int from) => Resolve(from, "coder").Settings.All.Single(s => s.Key == CoreSettings.StorageClassRwo).Source.ToString();
        Source(0).Should().Be("--override x:storage_class_rwo=override");
        Source(1).Should().Be("--storage-class-rwo option");
        Source(2).Should().MatchRegex(@"values-2\.yaml:5$");
        Source(3).Should().MatchRegex(@"values-1\.yaml:12$");
        Source(4).Should().MatchRegex(@"values-1\.yaml:4 \(from m1\)$");
        Source(6).Should().MatchRegex(@"values-1\.yaml:8 \(from mid\)$");
        Source(8).Should().MatchRegex(@"^global \(.*values-2\.yaml:2\)$");
        Source(10).Should().Be("default");
    }

    [Fact]
    public void Global_fills_what_the_class_leaves_at_the_default_but_not_what_the_class_sets()
    {
        using var site = new SiteValues();
        site.Add("""
            global:
              storage_class_rwo: gp3
              cpu_limit: 2
              default_url: /global
            """);
        var gpu = site.Profile("coder-gpu");
        gpu.Settings.Get(CoreSettings.StorageClassRwo).Should().Be("gp3");
        gpu.Settings.Get(CoreSettings.CpuLimit).Should().Be(8);
        gpu.Settings.Get(CoreSettings.DefaultUrl).Should().Be("/global");
        site.Profile("remote-desktop").Settings.Get(CoreSettings.DefaultUrl).Should().Be("/desktop", "the family sets its own default URL");
    }

    [Fact]
    public void Extends_inherits_the_parent_as_the_values_files_make_it()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              coder-gpu:
                cpu_limit: 6
                env: {FROM_PARENT: "1"}
              coder-a100:
                extends: coder-gpu
                display_name: A100
            """);
        var a100 = site.Profile("coder-a100");
        a100.Settings.Get(CoreSettings.CpuLimit).Should().Be(6);
        a100.Spec!.Env.Select(e => e.Key).Should().Contain("FROM_PARENT");
        a100.Spec.ExtraResourceLimits.Should().ContainSingle(e => e.Key == "nvidia.com/gpu" && e.Value == 1, "the parent class's hooks run");
        a100.Spec.ConfigMaps.Select(c => c.Name).Should().Contain("bash-rc-coder-a100", "hooks run with the data profile's own slug");
        a100.Settings.Get(CoreSettings.DisplayName).Should().Be("A100");
    }

    [Theory]
    [InlineData("extends: gpu_coder_app")]
    [InlineData("extends: jupyterlab\n    profiles: [gpu_coder_app]")]
    public void An_alias_in_extends_or_profiles_brings_the_values_of_the_profile_it_names(string reference)
    {
        using var site = new SiteValues();
        site.Add($"profiles:\n  coder-gpu:\n    cpu_limit: 6\n    env: {{FROM_PARENT: \"1\"}}\n  mine:\n    {reference}\n");
        var mine = site.Profile("mine");
        mine.Settings.Get(CoreSettings.CpuLimit).Should().Be(6);
        mine.Spec!.Env.Select(e => e.Key).Should().Contain("FROM_PARENT");
    }

    [Fact]
    public void The_first_include_listed_wins_and_an_include_brings_its_own_includes_and_extends()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              deep: {abstract: true, description: from-deep, cpu_guarantee: 3}
              first: {abstract: true, profiles: [deep], description: from-first}
              second: {abstract: true, description: from-second, default_url: /second, cpu_guarantee: 2}
              x:
                extends: coder
                profiles: [first, second]
            """);
        var x = site.Profile("x");
        x.Settings.Get(CoreSettings.Description).Should().Be("from-first");
        x.Settings.Get(CoreSettings.DefaultUrl).Should().Be("/second");
        x.Settings.Get(CoreSettings.CpuGuarantee).Should().Be(3, "first's own include comes before the second include");
    }

    [Fact]
    public void A_profile_of_includes_only_gets_its_name_and_image_from_an_include_that_extends_a_class()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              named: {abstract: true, extends: jupyterlab}
              bare:
                profiles: [named]
                groups: [a]
            """);
        var bare = site.Profile("bare");
        bare.Settings.Get(CoreSettings.DisplayName).Should().Be("JupyterLab Small");
        bare.Settings.Get(CoreSettings.Image).Should().Be("ghcr.io/eoepca/iat-jupyterlab:latest-dev");
        bare.Spec!.Volumes.Should().BeEmpty("only a profile's own extends chain runs hooks");
        bare.Registration.Profile.Family.Should().Be("custom");
        Workspace.Plan(site.Catalog(), CommandLineLayers.None, new Selection(["bare"])).Findings.Select(f => f.ToLine()).Should()
            .Contain("warning: bare: extends: is not set anywhere in its chain, so no class runs hooks: no home volume, config maps or environment (extends: a profile whose hooks it should take, e.g. extends: coder)");
    }

    [Fact]
    public void A_profile_of_values_only_without_a_name_reports_the_required_settings()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              empty: {abstract: true}
              lonely:
                profiles: [empty]
            """);
        var plan = Workspace.Plan(site.Catalog(), CommandLineLayers.None, new Selection(["lonely"]));
        plan.Findings.Select(f => f.ToLine()).Should().Contain(
            "error: lonely: display_name: is required and not set (set it in a values file under profiles.lonely.display_name, or with --override lonely:display_name=VALUE)");
        plan.Findings.Select(f => f.Field).Should().Contain(["display_name", "description", "image"]);
        plan.Profiles.Single().Spec.Should().BeNull();
    }

    [Fact]
    public void A_later_file_patches_an_earlier_one_field_by_field()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              x: {extends: coder, description: early, default_url: /early}
            """);
        site.Add("""
            profiles:
              x: {description: late}
            """);
        var x = site.Profile("x");
        x.Settings.Get(CoreSettings.Description).Should().Be("late");
        x.Settings.Get(CoreSettings.DefaultUrl).Should().Be("/early");
        x.Registration.Origin.Should().MatchRegex(@"values-1\.yaml:2$", "the profile is defined where it is first written");
    }

    [Fact]
    public void Null_unsets_an_optional_setting_inherited_from_below()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              remote-desktop: {default_url: null, cpu_guarantee: null}
            """);
        var desktop = site.Profile("remote-desktop");
        desktop.Settings.Get(CoreSettings.DefaultUrl).Should().BeNull();
        desktop.Settings.Get(CoreSettings.CpuGuarantee).Should().BeNull();
        desktop.Spec!.DefaultUrl.Should().BeNull();
    }

    [Fact]
    public void Includes_skip_settings_the_profile_does_not_have_while_its_own_entry_may_not()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              scratch: {abstract: true, calrissian_volume_size: 99Gi, cpu_limit: 3}
              lab: {extends: jupyterlab, profiles: [scratch]}
              code: {extends: coder, profiles: [scratch]}
            """);
        site.Profile("lab").Settings.Get(CoreSettings.CpuLimit).Should().Be(3);
        site.Profile("code").Settings.Get(CoderSettings.CalrissianVolumeSize).Text.Should().Be("99Gi");
    }

    [Fact]
    public void A_class_two_includes_share_stays_below_both_includes()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              m:  {abstract: true, extends: coder, mem_limit: 8Gi}
              m2: {abstract: true, cpu_limit: 9, env: {CWLTOOL_OPTIONS: from-m2}}
              x:  {extends: coder, profiles: [m, m2]}
            """);
        var x = site.Profile("x");
        x.Settings.Get(CoreSettings.CpuLimit).Should().Be(9, "the second include outranks the class the first include also extends");
        x.Settings.Get(CoreSettings.MemLimit).ToHubString().Should().Be("8G");
        x.Spec!.Env.Single(e => e.Key == "CWLTOOL_OPTIONS").Value.ToString().Should().Be("from-m2");
        x.Ladder.Rungs.OfType<ClassRung>().Should().ContainSingle().Which.IsRoot.Should().BeTrue();
    }
}
