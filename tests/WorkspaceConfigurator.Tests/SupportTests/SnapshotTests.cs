using System.Text;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;
using Xunit.Sdk;

namespace WorkspaceConfigurator.Tests.SupportTests;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "wsconf-snapshot-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private string Verified(string name) => Path.Combine(_directory, name + ".verified.yaml");

    private string Received(string name) => Path.Combine(_directory, name + ".received.yaml");

    private void WriteVerified(string name, string text)
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllBytes(Verified(name), Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Matching_text_passes_and_writes_nothing()
    {
        WriteVerified("same", "a: 1\nb: ü\n");

        Snapshot.Match("a: 1\nb: ü\n", "same", _directory, accept: false);

        File.Exists(Received("same")).Should().BeFalse();
    }

    [Fact]
    public void A_mismatch_throws_a_line_diff_and_writes_the_received_file()
    {
        WriteVerified("diff", "profiles:\n  - id: a\n    cpu_limit: 2\n  - id: b\n");

        var match = () => Snapshot.Match("profiles:\n  - id: a\n    cpu_limit: 3\n  - id: b\n  - id: c\n", "diff", _directory, accept: false);

        var message = match.Should().Throw<XunitException>().Which.Message;
        message.Should().Contain("-    3:     cpu_limit: 2")
            .And.Contain("+    3:     cpu_limit: 3")
            .And.Contain("+    5:   - id: c")
            .And.NotContain("id: a\n", "unchanged lines are left out")
            .And.Contain("WSCONF_ACCEPT_SNAPSHOTS=1");
        File.ReadAllText(Received("diff")).Should().Be("profiles:\n  - id: a\n    cpu_limit: 3\n  - id: b\n  - id: c\n");
        File.ReadAllText(Verified("diff")).Should().Contain("cpu_limit: 2", "a failure never touches the verified file");
    }

    [Fact]
    public void A_missing_verified_file_throws_and_writes_the_received_file()
    {
        var match = () => Snapshot.Match("a: 1\n", "new-one", _directory, accept: false);

        match.Should().Throw<XunitException>().WithMessage("*no verified file*+    1: a: 1*WSCONF_ACCEPT_SNAPSHOTS=1*");
        File.ReadAllText(Received("new-one")).Should().Be("a: 1\n");
        File.Exists(Verified("new-one")).Should().BeFalse();
    }

    [Fact]
    public void Accepting_writes_the_verified_file_and_removes_the_received_one()
    {
        var first = () => Snapshot.Match("old\n", "accepted", _directory, accept: false);
        first.Should().Throw<XunitException>();

        Snapshot.Match("new\n", "accepted", _directory, accept: true);

        File.ReadAllBytes(Verified("accepted")).Should().Equal(Encoding.UTF8.GetBytes("new\n"));
        File.Exists(Received("accepted")).Should().BeFalse();
        Snapshot.Match("new\n", "accepted", _directory, accept: false);
    }

    [Fact]
    public void Accepting_overwrites_a_different_verified_file()
    {
        WriteVerified("overwrite", "x: 1\n");

        Snapshot.Match("x: 2\n", "overwrite", _directory, accept: true);

        File.ReadAllText(Verified("overwrite")).Should().Be("x: 2\n");
    }

    [Fact]
    public void A_stale_received_file_is_removed_on_match()
    {
        WriteVerified("stale", "ok\n");
        File.WriteAllText(Received("stale"), "old failure\n");

        Snapshot.Match("ok\n", "stale", _directory, accept: false);

        File.Exists(Received("stale")).Should().BeFalse();
    }

    [Fact]
    public void Files_are_written_as_given_in_utf8_without_bom()
    {
        Snapshot.Match("é\n", "bytes", _directory, accept: true);

        File.ReadAllBytes(Verified("bytes")).Should().Equal(0xC3, 0xA9, 0x0A);
    }

    [Fact]
    public void Comparison_is_byte_for_byte_and_shows_carriage_returns()
    {
        WriteVerified("crlf", "a: 1\r\nb: 2\r\n");

        var match = () => Snapshot.Match("a: 1\nb: 2\n", "crlf", _directory, accept: false);

        match.Should().Throw<XunitException>().WithMessage(@"*-    1: a: 1\r*+    1: a: 1*");
    }

    [Fact]
    public void A_bom_in_the_verified_file_is_a_difference()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllBytes(Verified("bom"), [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n']);

        var match = () => Snapshot.Match("a\n", "bom", _directory, accept: false);

        match.Should().Throw<XunitException>().WithMessage("*-    1: <BOM>a*+    1: a*");
    }

    [Fact]
    public void A_missing_final_newline_is_reported()
    {
        WriteVerified("eol", "a\nb\n");

        var match = () => Snapshot.Match("a\nb", "eol", _directory, accept: false);

        match.Should().Throw<XunitException>().WithMessage("*received text has no newline at the end*");
    }

    [Fact]
    public void Long_diffs_are_cut_after_forty_lines()
    {
        var expected = string.Concat(Enumerable.Range(1, 100).Select(i => $"line {i}\n"));
        var actual = string.Concat(Enumerable.Range(1, 100).Select(i => $"LINE {i}\n"));
        WriteVerified("long", expected);

        var match = () => Snapshot.Match(actual, "long", _directory, accept: false);

        var message = match.Should().Throw<XunitException>().Which.Message;
        message.Split('\n').Count(l => l.StartsWith('-') || l.StartsWith('+')).Should().Be(40 + 2, "40 diff lines plus the ---/+++ header");
        message.Should().Contain("... and 160 more differing lines");
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("has space")]
    [InlineData("sub/dir")]
    [InlineData("")]
    public void Names_are_restricted(string name)
    {
        var match = () => Snapshot.Match("x\n", name, _directory, accept: true);

        match.Should().Throw<ArgumentException>();
        Directory.Exists(_directory).Should().BeFalse();
    }

    [Fact]
    public void Parallel_matches_with_different_names_do_not_interfere()
    {
        Parallel.For(0, 16, i => Snapshot.Match($"n: {i}\n", $"parallel-{i}", _directory, accept: true));

        Enumerable.Range(0, 16).Should().OnlyContain(i => File.ReadAllText(Verified($"parallel-{i}")) == $"n: {i}\n");
    }

    [Fact]
    public void The_caller_source_directory_is_used_when_it_exists()
    {
        var sourceFile = Path.Combine(AppContext.BaseDirectory, "SomeTests.cs");

        Snapshot.ResolveSourceDirectory(sourceFile, "/nowhere").Should().Be(Path.GetDirectoryName(sourceFile));
    }

    [Fact]
    public void A_path_mapped_caller_is_found_above_the_test_binaries()
    {
        var project = Path.Combine(_directory, "repo", "tests", "Proj");
        var binaries = Path.Combine(project, "bin", "Debug", "net10.0");
        Directory.CreateDirectory(binaries);

        Snapshot.ResolveSourceDirectory("/_/tests/Proj/SomeTests.cs", binaries).Should().Be(project);

        var unknown = () => Snapshot.ResolveSourceDirectory("/_/nope/SomeTests.cs", binaries);
        unknown.Should().Throw<InvalidOperationException>().WithMessage("*DeterministicSourcePaths*");
    }
}
