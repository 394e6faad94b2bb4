using System.Diagnostics;
using System.Text;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>
/// Scale through the whole command line (System.CommandLine's parser, the override parser, the ladder, the map
/// fold, validation and the writer), with bounds generous enough for a loaded two-core machine and far below what
/// quadratic growth takes (100,000 distinct map overrides took 198 s; they take about 2 s now). They run alone,
/// after the parallel tests, so that the time measured is theirs.
/// </summary>
[Collection(Name)]
public sealed class ScaleTests
{
    public const string Name = "Scale";

    [Fact]
    public void A_hundred_thousand_distinct_map_overrides_take_seconds_not_minutes()
    {
        const int Count = 100_000;
        var args = new List<string>(2 * Count + 6) { "dump-config", "--profile", "coder", "--groups", "staff" };
        for (var i = 0; i < Count; i++)
        {
            args.Add("--override");
            args.Add($"coder:env.K{i}=v{i}");
        }

        var clock = Stopwatch.StartNew();
        var result = CliRunner.Run([.. args]);
        clock.Stop();
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("    K0: v0\n").And.Contain($"    K{Count - 1}: v{Count - 1}\n");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the overrides are folded in linear time");
    }

    [Fact]
    public void Warnings_about_a_catalogue_of_ten_thousand_profiles_stay_short()
    {
        using var site = new SiteValues();
        var text = new StringBuilder("profiles:\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append($"  p{i}: {{extends: coder, workspace_volume_size: {(i % 50) + 1}Gi, groups: [x]}}\n");
        }

        site.Add(text.ToString());
        var result = site.Run("validate");
        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        lines.Should().HaveCountLessThan(20, "one warning per claim, not one per profile");
        lines.Should().OnlyContain(l => l.Length < 600);
        lines.Should().Contain(l => l.StartsWith("warning: coder-gpu: volumes.workspace-claim: claim 'workspace-claim' is declared with a different size by several profiles: coder 10Gi standard ReadWriteOnce, ", StringComparison.Ordinal)
            && l.Contains(", and 10004 more (", StringComparison.Ordinal));
    }

    [Fact]
    public void Overrides_of_a_profile_that_is_not_selected_are_one_warning()
    {
        var args = new List<string> { "dump-config", "--profile", "coder", "--groups", "staff" };
        for (var i = 0; i < 1000; i++)
        {
            args.Add("--override");
            args.Add($"jupyterlab:env.K{i}=v");
        }

        var result = CliRunner.Run([.. args]);
        result.ExitCode.Should().Be(0);
        result.Error.Should().Be("warning: --override jupyterlab:env.K0=v and 999 more: profile 'jupyterlab' is not selected; ignored\n");
    }
}
