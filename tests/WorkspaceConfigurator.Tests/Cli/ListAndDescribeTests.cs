using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Cli;

public sealed class ListAndDescribeTests
{
    [Fact]
    public void List_shows_every_builtin_with_family_resources_aliases_and_origin()
    {
        var result = CliRunner.Run("list");
        result.ExitCode.Should().Be(0);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        lines[0].Should().StartWith("SLUG").And.Contain("FAMILY").And.Contain("GPU").And.Contain("ALIASES").And.Contain("ORIGIN");
        lines.Should().HaveCount(9);
        lines.Should().Contain(l => l.StartsWith("coder-gpu ", StringComparison.Ordinal) && l.Contains("Coder") && l.Contains("4-8")
            && l.Contains("16G-32G") && l.Contains(" 1 ") && l.Contains("gpu_coder_app") && l.EndsWith("built-in", StringComparison.Ordinal));
        CliRunner.Run("list-profiles").Out.Should().Be(result.Out);
    }

    [Fact]
    public void Describe_shows_settings_with_their_sources_and_what_hooks_produce()
    {
        var result = CliRunner.Run("describe", "coder-dask-gateway", "--override", "coder-dask-gateway:cpu_limit=3", "--groups", "team");
        result.ExitCode.Should().Be(0, result.Error);
        var text = result.Out;
        text.Should().MatchRegex(@"cpu_limit\s+whole CPUs\s+3\s+--override coder-dask-gateway:cpu_limit=3");
        text.Should().MatchRegex(@"cpu_guarantee\s+whole CPUs\s+1\s+class DaskGatewayCodeServer");
        text.Should().MatchRegex(@"image\s+text\s+ghcr.io\S+\s+class DaskGatewayCodeServer");
        text.Should().MatchRegex(@"display_name\s+text\s+Code Server with Dask Gateway\s+class DaskGatewayCodeServer");
        text.Should().MatchRegex(@"groups\s+comma-separated list\s+team\s+--groups team");
        text.Should().MatchRegex(@"default\s+true or false\s+false\s+default");
        text.Should().Contain("DASK_GATEWAY_ADDRESS=http://dask-gateway.{{ namespace }}.svc.cluster.local:80");
        text.Should().Contain("dask-gateway-coder-dask-gateway: key dask-gateway, 5 object(s): Release dask-gw-jupyter-{{ spawner.user.name }}");
        text.Should().Contain("workspace-volume: claim workspace-claim, 15Gi");
        text.Should().Contain("job-submitter-role-binding-coder-dask-gateway -> role job-submitter-role-coder-dask-gateway");
        text.Should().Contain("Default URL\n  /workspace/dask-app-package");
        text.Should().Contain("origin: built-in");
    }

    [Fact]
    public void Describe_accepts_an_alias_and_shows_node_selector_and_extended_resources()
    {
        var text = CliRunner.Run("describe", "gpu_coder_app").Out;
        text.Should().StartWith("coder-gpu: GPU Code Server");
        text.Should().Contain("nvidia.com/gpu.present=true").And.Contain("nvidia.com/gpu: limit 1");
    }

    [Fact]
    public void A_bare_wsconf_shows_how_to_use_it()
    {
        var result = CliRunner.Run();
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("Usage:").And.Contain("Examples:").And.Contain("wsconf dump-config --profile coder-gpu --groups staff");
    }

    [Theory]
    [InlineData("dump-config", "Example: wsconf dump-config")]
    [InlineData("validate", "Example: wsconf -f site.yaml validate")]
    [InlineData("describe", "Example: wsconf describe")]
    public void Each_command_s_help_gives_an_example(string command, string example) =>
        CliRunner.Run(command, "--help").Out.Should().Contain(example);

    [Fact]
    public void Help_lists_the_commands()
    {
        var result = CliRunner.Run("--help");
        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("dump-config").And.Contain("describe").And.Contain("list");
    }
}
