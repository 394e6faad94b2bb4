using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli.Plugins;
using WorkspaceConfigurator.Tests.Examples;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Check;

/// <summary>
/// The consumer's quirks end to end, through values files as a site writes them: what validate reports, and what
/// dump-config then does. (Env read from a config map needs profile code: see the broken-profile plugin.)
/// </summary>
[Collection(PluginCollection.Name)]
public sealed class ConsumerQuirkCliTests(PluginBuilds builds)
{
    private const string NewlineWarning = "contains {{ and ends in one newline, which the hub's Jinja step removes: the text reaches the workspace without its final newline (end the text with two newlines, or use no {{ in it)";

    [Fact]
    public void Text_with_a_placeholder_that_ends_in_one_newline_is_warned_about_and_still_written()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              coder:
                config_maps:
                  motd: {key: motd, mount_path: /etc/motd, content: "Welcome, {{ spawner.user.name }}\n", readonly: true}
                  banner: {key: banner, mount_path: /etc/banner, content: "Welcome, {{ spawner.user.name }}\n\n", readonly: true}
                  plain: {key: plain, mount_path: /etc/plain, content: "Welcome\n", readonly: true}
                env:
                  GREETING: "hello {{ namespace }}\n"
                  PLAIN: "hello\n"
            """);
        var result = site.Run("validate", "--profile", "coder", "--groups", "staff");
        result.ExitCode.Should().Be(0, result.Out);
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"warning: coder: pod_env_vars.GREETING: {NewlineWarning}",
            $"warning: coder: config_maps[3].content: {NewlineWarning}",
            "1 profile(s) checked: 0 error(s), 2 warning(s)");
        site.Run("validate", "--strict", "--profile", "coder", "--groups", "staff").ExitCode.Should().Be(1);

        var config = site.Run("dump-config", "--profile", "coder", "--groups", "staff");
        config.ExitCode.Should().Be(0, config.Error);
        config.ErrorLines.Should().HaveCount(2).And.OnlyContain(l => l.EndsWith(NewlineWarning, StringComparison.Ordinal));
        config.Out.Should().Contain("    content: |\n      Welcome, {{ spawner.user.name }}\n    persist: false\n", "a warning leaves the text as written");
    }

    [Fact]
    public void Text_that_keeps_its_final_newline_passes_strict()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              coder:
                config_maps:
                  motd: {key: motd, mount_path: /etc/motd, content: "Welcome, {{ spawner.user.name }}\n\n", readonly: true}
                env:
                  GREETING: "hello {{ namespace }}"
            """);
        var result = site.Run("validate", "--strict", "--profile", "coder", "--groups", "staff");
        result.ExitCode.Should().Be(0, result.Out);
    }

    [Fact]
    public void Parts_of_a_profile_without_a_volume_are_errors_and_nothing_is_written()
    {
        using var site = new SiteValues();
        site.Add("""
            profiles:
              jupyterlab:
                volumes: {workspace-volume: null}
                env_from_secrets: {api-tokens: {}}
                secret_mounts: {tls: {mount_path: /etc/tls}}
            """);
        var result = site.Run("validate", "--profile", "jupyterlab", "--groups", "staff");
        result.ExitCode.Should().Be(1, result.Out);
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "error: jupyterlab: env_from_secrets: ignored by the hub because the profile has no volume: the workspace would start without them (add a volume, or drop them)",
            "error: jupyterlab: secret_mounts: ignored by the hub because the profile has no volume: the workspace would start without them (add a volume, or drop them)",
            "1 profile(s) checked: 2 error(s), 0 warning(s)");

        var config = site.Run("dump-config", "--profile", "jupyterlab", "--groups", "staff");
        config.ExitCode.Should().Be(1);
        config.Out.Should().BeEmpty();

        // The same parts with the volume kept are applied by the hub: nothing to report.
        using var kept = new SiteValues();
        kept.Add("""
            profiles:
              jupyterlab:
                env_from_secrets: {api-tokens: {}}
                secret_mounts: {tls: {mount_path: /etc/tls}}
            """);
        kept.Run("validate", "--strict", "--profile", "jupyterlab", "--groups", "staff").ExitCode.Should().Be(0);
    }

    [Fact]
    public void The_example_site_with_the_example_plugin_has_only_the_shared_claim_warnings()
    {
        // With the example hub settings: the Application Hub on a cluster that gives GPU pods the toleration for
        // tainted GPU nodes (the ExtendedResourceToleration admission plugin), so the GPU profiles have nothing to
        // report either; under KubeSpawner's defaults each of them gets that warning instead.
        var plugins = builds.CopyOutput("ExampleSiteProfiles", builds.NewFolder("quirks-example"));
        var hub = Path.Combine(PluginBuilds.RepositoryRoot, "examples", "hub", "eoepca-prod.yaml");
        var result = ExampleSite.Run("--profiles-dir", plugins, "validate", "--hub", hub);
        result.ExitCode.Should().Be(0, result.Out);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        lines.SkipLast(1).Should().HaveCount(2).And.OnlyContain(l => l.StartsWith("warning: coder-gpu: volumes.", StringComparison.Ordinal));
        lines[^1].Should().Be("14 profile(s) checked: 0 error(s), 2 warning(s)");
    }
}
