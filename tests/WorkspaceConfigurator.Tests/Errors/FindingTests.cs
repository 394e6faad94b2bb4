using FluentAssertions;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Tests.Errors;

/// <summary>One finding is one line: severity, subject, field, problem and what is valid, user text escaped.</summary>
public sealed class FindingTests
{
    [Fact]
    public void Each_severity_has_its_label_and_each_slot_its_place()
    {
        Finding.Error("coder", "cpu_limit", "is 0", "a whole number of CPUs from 1").ToLine().Should().Be("error: coder: cpu_limit: is 0 (a whole number of CPUs from 1)");
        Finding.WarningAbout("--existing", "no object is in namespace x").ToLine().Should().Be("warning: --existing: no object is in namespace x");
        Finding.Note("jupyter-alice", "keeping no existing object; creating 2").ToLine().Should().Be("note: jupyter-alice: keeping no existing object; creating 2");
    }

    [Fact]
    public void Only_an_error_is_an_error()
    {
        Finding.Error("a", "b", "c", null).IsError.Should().BeTrue();
        Finding.Warning("a", "b", "c", "d").IsError.Should().BeFalse();
        Finding.Note("a", "c").IsError.Should().BeFalse();
    }

    [Fact]
    public void User_text_cannot_break_the_line_or_reach_the_terminal() =>
        Finding.Error("coder", "env.X", "'a\nb\u001b[2J' is not valid", null).ToLine().Should().Be("error: coder: env.X: 'a\\nb\\x1b[2J' is not valid");
}
