using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary><c>-f -</c> reads the values from standard input, as kubectl's <c>-f -</c> does; and what a file named in a values file may be.</summary>
public sealed class ValuesStandardInputTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void Standard_input_is_a_values_file_named_stdin()
    {
        var result = CliRunner.RunWithInput("profiles:\n  piped: {extends: coder, display_name: Piped}\n", NoEnvironment, "-f", "-", "list");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Split('\n').Should().Contain(l => l.StartsWith("piped ", StringComparison.Ordinal) && l.EndsWith("<stdin>:2", StringComparison.Ordinal));
    }

    [Fact]
    public void An_error_in_standard_input_names_it() =>
        CliRunner.RunWithInput("profiles:\n  coder: {cpu_limit: lots}\n", NoEnvironment, "-f", "-", "validate")
            .ShouldFailWith(2, "<stdin>:2:22: profiles.coder.cpu_limit: 'lots' is not a number of CPUs");

    [Fact]
    public void Standard_input_is_read_once() =>
        CliRunner.RunWithInput("profiles: {}\n", NoEnvironment, "-f", "-", "-f", "-", "list")
            .ShouldFailWith(2, "--values '-' is given twice; standard input can be read once");

    [Fact]
    public void A_named_file_that_is_a_pipe_a_folder_or_empty_is_refused_without_waiting()
    {
        using var site = new SiteValues();
        Directory.CreateDirectory(Path.Combine(site.Folder, "files"));
        var fifo = Path.Combine(site.Folder, "pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        foreach (var (given, message) in new[]
        {
            ("pipe", "'pipe' is not a regular file"),
            ("files", "'files' is a folder"),
            ("''", "is empty (a path relative to the values file"),
        })
        {
            using var one = new SiteValues();
            var values = site.Write($"values-{given.Trim('\'')}.yaml", $"profiles:\n  coder:\n    config_maps:\n      motd: {{key: m, content_file: {given}}}\n");
            CliRunner.Run("-f", values, "validate", "--profile", "coder").ShouldFailWith(2, message);
        }
    }
}
