using FluentAssertions;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>
/// Map settings across rungs: merged entry by entry from the lowest rung up, null deletes, $patch: replace drops what
/// is below, the command line's KEY- and MAP- forms delete and empty; the class's hooks sit between global: and the rest.
/// </summary>
public sealed class LayeredMapTests
{
    private static CommandLineLayers Overrides(params string[] given) =>
        new([], [.. given.Select(AssignmentParser.ParseOverride)]);

    [Fact]
    public void Entries_merge_across_rungs_and_keep_their_first_place()
    {
        using var site = new SiteValues();
        site.Add("""
            global:
              env: {G: global, HOME: /global-home}
            profiles:
              mixin: {abstract: true, env: {M: mixin, G: from-mixin}}
              x:
                extends: coder
                profiles: [mixin]
                env: {OWN: own, XDG_RUNTIME_DIR: /run/own}
            """);
        var env = site.Profile("x", Overrides("x:env.CLI=cli", "x:env.OWN=from-cli")).Spec!.Env;
        env.Select(e => $"{e.Key}={e.Value}").Should().Equal(
            "G=from-mixin",
            "HOME=/workspace",
            "XDG_RUNTIME_DIR=/run/own",
            "XDG_CONFIG_HOME=/workspace/.local",
            "XDG_DATA_HOME=/workspace/.local/share/",
            "CWLTOOL_OPTIONS=--podman",
            "M=mixin",
            "OWN=from-cli",
            "CLI=cli");
    }

    [Fact]
    public void Null_deletes_an_inherited_entry_and_a_higher_rung_may_set_it_again()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              no-cwl: {abstract: true, env: {CWLTOOL_OPTIONS: null}}
              x: {extends: coder, profiles: [no-cwl]}
              y: {extends: x, env: {CWLTOOL_OPTIONS: --singularity}}
            """);
        site.Profile("x").Spec!.Env.Select(e => e.Key).Should().NotContain("CWLTOOL_OPTIONS");
        site.Profile("y").Spec!.Env.Should().ContainSingle(e => e.Key == "CWLTOOL_OPTIONS").Which.Value.ToString().Should().Be("--singularity");
        site.Profile("y").Spec!.Env.Last().Key.Should().Be("CWLTOOL_OPTIONS", "a key set again after a delete goes last");
    }

    [Fact]
    public void Replace_drops_the_hooks_entries_and_everything_below()
    {
        using var site = new SiteValues();
        site.Add("""
            global:
              node_selector: {zone: global}
            profiles:
              coder-gpu:
                node_selector: {$patch: replace, pool: gpu}
            """);
        site.Profile("coder-gpu").Spec!.NodeSelector.Select(e => $"{e.Key}={e.Value}").Should().Equal("pool=gpu");
    }

    [Fact]
    public void Global_entries_lose_to_the_hooks_own_entries()
    {
        using var site = new SiteValues();
        site.Add("""
            global:
              env: {HOME: /elsewhere, EXTRA: "1"}
              node_selector: {nvidia.com/gpu.present: "false"}
            """);
        var gpu = site.Profile("coder-gpu").Spec!;
        gpu.Env.Single(e => e.Key == "HOME").Value.ToString().Should().Be("/workspace");
        gpu.Env.Single(e => e.Key == "EXTRA").Value.ToString().Should().Be("1");
        gpu.NodeSelector.Single().Value.Should().Be("true");
    }

    [Fact]
    public void The_command_line_deletes_an_entry_or_empties_a_map()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              coder: {env: {SITE: "1"}}
            """);
        var deleted = site.Profile("coder", Overrides("coder:env.HOME-", "coder:env.SITE-")).Spec!.Env.Select(e => e.Key);
        deleted.Should().NotContain(["HOME", "SITE"]).And.Contain("XDG_RUNTIME_DIR");
        site.Profile("coder", Overrides("coder:env-", "coder:env.ONLY=1")).Spec!.Env.Select(e => e.Key).Should().Equal("ONLY");
    }

    [Fact]
    public void Extended_resources_layer_over_the_gpu_setting()
    {
        using var site = new SiteValues();
        site.Add("""
            global:
              extra_resource_limits: {example.com/fpga: 1}
            profiles:
              coder-gpu:
                extra_resource_limits: {nvidia.com/gpu: null, amd.com/gpu: 2}
            """);
        var limits = site.Profile("coder-gpu").Spec!.ExtraResourceLimits;
        limits.Select(e => $"{e.Key}={e.Value}").Should().Equal("example.com/fpga=1", "amd.com/gpu=2");
    }
}
