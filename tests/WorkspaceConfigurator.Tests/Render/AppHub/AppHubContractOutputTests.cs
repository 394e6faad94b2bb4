using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Render.AppHub;

/// <summary>
/// Everything dump-config writes must be accepted by the Application Hub's models: validated against a JSON Schema
/// of the contract after reading the YAML with PyYAML's YAML 1.1 rules, plus the checks a schema cannot make.
/// </summary>
public sealed class AppHubContractOutputTests
{
    [Theory]
    [MemberData(nameof(Profiles.BuiltinCatalogTests.Slugs), MemberType = typeof(Profiles.BuiltinCatalogTests))]
    public void Each_builtin_profile_is_accepted(string slug)
    {
        var result = CliRunner.Run("dump-config", "--profile", slug);
        result.ExitCode.Should().Be(0, result.Error);
        AppHubContract.Validate(result.Out).Should().BeEmpty();
    }

    [Fact]
    public void All_builtins_together_are_accepted() =>
        AppHubContract.Validate(CliRunner.Run("dump-config", "--groups", "a").Out).Should().BeEmpty();

    [Theory]
    [InlineData("coder-gpu:gpu_limit=2")]
    [InlineData("coder:mem_limit=7.5Gi")]
    [InlineData("coder:mem_guarantee=1000")]
    [InlineData("coder:display_name=on")]
    [InlineData("coder:description=0755")]
    [InlineData("coder:env.VALUE=1e3")]
    [InlineData("coder:env.EMPTY=")]
    [InlineData("coder:node_selector.flag=true")]
    [InlineData("coder:default_url=~")]
    [InlineData("coder:extra_resource_limits.example.com/fpga=2")]
    [InlineData("coder:groups=yes,no,null")]
    public void Runs_with_overrides_are_accepted(string assignment)
    {
        var slug = assignment[..assignment.IndexOf(':')];
        var result = CliRunner.Run("dump-config", "--profile", slug, "--override", assignment);
        result.ExitCode.Should().Be(0, result.Error);
        AppHubContract.Validate(result.Out).Should().BeEmpty();
    }
}
