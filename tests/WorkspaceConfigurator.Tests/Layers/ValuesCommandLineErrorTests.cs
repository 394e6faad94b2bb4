using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary>
/// The command line against what values files define: a mixin cannot be selected or overridden, and the delete forms
/// of <c>--override</c> work on maps only (and do work on them).
/// </summary>
public sealed class ValuesCommandLineErrorTests
{
    private const string Mixin = "profiles:\n  large:\n    abstract: true\n    cpu_limit: 8\n  coder-large:\n    extends: coder\n    profiles: [large]\n";

    [Fact]
    public void Selecting_a_mixin_is_refused_with_where_it_is_defined()
    {
        using var site = new SiteValues();
        site.Add(Mixin);
        RefusedValues.Of(site, ExitCodes.Usage, "--profile", "large").Error
            .Should().Be($"error: profile 'large' is abstract (a mixin for other profiles' profiles: lists, {site.Files[0]}:2); select a profile that includes it");
    }

    [Fact]
    public void Selecting_a_mixin_among_others_is_refused()
    {
        using var site = new SiteValues();
        site.Add(Mixin);
        RefusedValues.Of(site, ExitCodes.Usage, "--profile", "coder-large,large").Error.Should().Contain("profile 'large' is abstract");
    }

    [Fact]
    public void Overriding_a_mixin_is_refused()
    {
        using var site = new SiteValues();
        site.Add(Mixin);
        RefusedValues.Of(site, ExitCodes.Usage, "--override", "large:cpu_limit=2").Error
            .Should().Be("error: --override large:cpu_limit=2: profile 'large' is abstract (a mixin); override the profiles that include it");
    }

    [Fact]
    public void Deleting_a_setting_that_is_not_a_map_is_refused()
    {
        using var site = new SiteValues();
        site.Add(Mixin);
        RefusedValues.Of(site, ExitCodes.Usage, "--profile", "coder", "--override", "coder:cpu_limit-").Error
            .Should().StartWith("error: --override coder:cpu_limit-: ").And.Contain("'cpu_limit' is not a map, so it cannot be deleted with '-'");
    }

    [Fact]
    public void Emptying_a_map_drops_what_every_layer_gave()
    {
        using var site = new SiteValues();
        site.Add("global:\n  env:\n    SITE: example\nprofiles:\n  coder:\n    env:\n      HOME: /home/site\n");
        var env = EnvOfCoder(site, "--override", "coder:env-");
        env.Should().BeNull("env- empties the map: the class's, global:'s and the profile's entries alike");
    }

    [Fact]
    public void Deleting_one_map_entry_keeps_the_others()
    {
        using var site = new SiteValues();
        site.Add("global:\n  env:\n    SITE: example\nprofiles:\n  coder:\n    env:\n      HOME: /home/site\n");
        EnvOfCoder(site)!["HOME"]!.ToString().Should().Be("/home/site");

        var env = EnvOfCoder(site, "--override", "coder:env.HOME-")!;
        env["HOME"].Should().BeNull();
        env["SITE"]!.ToString().Should().Be("example");
        env["XDG_CONFIG_HOME"]!.ToString().Should().Be("/workspace/.local");
    }

    private static JObject? EnvOfCoder(SiteValues site, params string[] args)
    {
        var result = site.Run(["dump-config", "--profile", "coder", "--groups", "staff", .. args]);
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        var profile = Yaml11.Load(result.Out, Yaml11Dialect.PyYaml)["profiles"]!.Single();
        return profile["pod_env_vars"] as JObject;
    }
}
