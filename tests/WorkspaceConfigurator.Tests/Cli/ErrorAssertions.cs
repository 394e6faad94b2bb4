using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Cli;

public static class ErrorAssertions
{
    /// <summary>A failure is one line on stderr starting with "error:", no stack trace, nothing on stdout.</summary>
    public static void ShouldFailWith(this CliResult result, int exitCode, params string[] fragments)
    {
        result.ExitCode.Should().Be(exitCode, result.Error);
        result.Out.Should().BeEmpty();
        var errors = result.ErrorLines.Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        errors.Should().ContainSingle(result.Error);
        result.ErrorLines.Should().OnlyContain(l => l.StartsWith("error:", StringComparison.Ordinal) || l.StartsWith("warning:", StringComparison.Ordinal));
        result.Error.Should().NotContain("   at ");
        foreach (var fragment in fragments)
        {
            errors[0].Should().Contain(fragment);
        }
    }
}
