using FluentAssertions;
using WorkspaceConfigurator.Cli.Hosting;

namespace WorkspaceConfigurator.Tests.Cli;

/// <summary>
/// The start-up warm-up swallows its own errors in the tool, so these run it directly: it must get through every
/// built-in profile, and running it beside a command must not change what the command writes.
/// </summary>
public sealed class StartupWarmupTests
{
    [Theory]
    [InlineData(WarmupScope.Config)]
    [InlineData(WarmupScope.Manifests)]
    public void Warm_gets_through_every_built_in_profile(WarmupScope scope) =>
        FluentActions.Invoking(() => StartupWarmup.Warm(scope)).Should().NotThrow();

    [Theory]
    [InlineData(WarmupScope.Config, "dump-config", "--profile", "coder-gpu")]
    [InlineData(WarmupScope.Config, "--verbose", "validate")]
    [InlineData(WarmupScope.Config, "describe", "coder")]
    [InlineData(WarmupScope.Manifests, "dump-manifests", "--user", "alice")]
    public void Scope_follows_the_command_name(WarmupScope expected, params string[] args) =>
        StartupWarmup.ScopeOf(args).Should().Be(expected);

    [Theory]
    [InlineData]
    [InlineData("list")]
    [InlineData("--help")]
    [InlineData("--version")]
    public void Commands_that_build_no_profile_get_no_warm_up(params string[] args) =>
        StartupWarmup.ScopeOf(args).Should().BeNull();

    [Theory]
    [InlineData(WarmupScope.Config, "dump-config")]
    [InlineData(WarmupScope.Manifests, "dump-manifests")]
    public void Running_beside_a_command_changes_nothing(WarmupScope scope, string command)
    {
        var alone = CliRunner.Run(command);
        for (var round = 0; round < 5; round++)
        {
            var warmup = new Thread(() => StartupWarmup.Warm(scope));
            warmup.Start();
            var beside = CliRunner.Run(command);
            warmup.Join();
            beside.Should().BeEquivalentTo(alone);
        }
    }
}
