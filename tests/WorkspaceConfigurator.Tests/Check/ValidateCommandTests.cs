using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Check;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Builtins_pass_with_only_the_shared_claim_warnings_and_the_gpu_one()
    {
        var result = CliRunner.Run("validate", "--groups", "staff");
        result.ExitCode.Should().Be(0, result.Out);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(4);
        lines[0].Should().StartWith("warning: coder-gpu: volumes.calrissian-claim:");
        lines[1].Should().StartWith("warning: coder-gpu: volumes.workspace-claim:");
        lines[2].Should().StartWith("warning: coder-gpu: extra_resource_limits.nvidia.com/gpu: GPU nodes tainted nvidia.com/gpu will not accept this pod");
        lines[3].Should().Be("8 profile(s) checked: 0 error(s), 3 warning(s)");
    }

    [Fact]
    public void Strict_makes_warnings_fail() =>
        CliRunner.Run("validate", "--strict").ExitCode.Should().Be(1);

    [Fact]
    public void A_single_clean_profile_passes_strict() =>
        CliRunner.Run("validate", "--strict", "--profile", "coder", "--groups", "staff").ExitCode.Should().Be(0);

    [Fact]
    public void An_override_of_a_profile_not_selected_is_a_warning_that_strict_fails_on()
    {
        var result = CliRunner.Run("validate", "--strict", "--profile", "coder", "--groups", "staff", "--override", "jupyterlab:cpu_limit=3");

        result.ExitCode.Should().Be(1);
        result.Out.Should().Be("warning: --override jupyterlab:cpu_limit=3: profile 'jupyterlab' is not selected; ignored\n"
            + "1 profile(s) checked: 0 error(s), 1 warning(s)\n");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var result = CliRunner.Run("validate", "--groups", "a", "--profile", "coder,jupyterlab",
            "--override", "coder:cpu_guarantee=5", "--override", "coder:env.X={oops}", "--override", "coder:default=true",
            "--override", "jupyterlab:default=true", "--override", "jupyterlab:env.Y={{ .Values.y }}", "--override", "jupyterlab:workspace_volume_size=10Gi");
        result.ExitCode.Should().Be(1);
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "error: coder: cpu_guarantee: 5 is above cpu_limit 2 or negative (0 to the limit)",
            "error: coder: pod_env_vars.X: contains '{' or '}', which KubeSpawner's str.format fails on (no braces besides {{ spawner.user.name }} and {{ namespace }})",
            "error: jupyterlab: pod_env_vars.Y: '{{ .Values.y }}' is not supported (only {{ spawner.user.name }} and {{ namespace }} are rendered)",
            "error: jupyterlab: default: is true, and so is 'coder' (at most one default profile)",
            "2 profile(s) checked: 4 error(s), 0 warning(s)");
    }

    [Fact]
    public void Dump_config_runs_the_same_checks_and_writes_nothing_on_error()
    {
        using var folder = new TempFolder();
        var output = folder.File("config.yml");
        var result = CliRunner.Run("dump-config", "--profile", "coder", "--override", "coder:env.X={oops}", "--output", output);
        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain("error: coder: pod_env_vars.X: contains '{' or '}'");
        File.Exists(output).Should().BeFalse();
        Directory.GetFiles(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void Dump_config_prints_warnings_and_still_writes()
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder,coder-gpu", "--groups", "x");
        result.ExitCode.Should().Be(0);
        result.Out.Should().StartWith("profiles:");
        result.ErrorLines.Should().HaveCount(2).And.OnlyContain(l => l.StartsWith("warning: coder-gpu: volumes.", StringComparison.Ordinal));
    }

    [Fact]
    public void Usage_errors_still_exit_2() =>
        CliRunner.Run("validate", "--override", "coder:nope=1").ShouldFailWith(2, "unknown field 'nope'");
}
