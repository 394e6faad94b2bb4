using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Diff;

/// <summary>A scratch folder for one diff test: config.yml files written by dump-config or by hand, values files, runs.</summary>
internal sealed class DiffRuns : IDisposable
{
    private readonly TempFolder folder = new();

    /// <summary>The config.yml that <c>wsconf dump-config</c> writes for these arguments (and --groups staff).</summary>
    public string Dump(string name, params string[] args)
    {
        var path = folder.File(name);
        var result = CliRunner.Run([.. args, "--groups", "staff", "-o", path]);
        result.ExitCode.Should().Be(0, result.Error);
        return path;
    }

    public string Write(string name, string content)
    {
        var path = folder.File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string File(string name) => folder.File(name);

    /// <summary><c>wsconf diff</c> with these arguments and --groups staff, so that groups do not differ from a <see cref="Dump"/>.</summary>
    public static CliResult Diff(params string[] args) => CliRunner.Run(["diff", .. args, "--groups", "staff"]);

    /// <summary>The change lines of a text report (those indented under a profile).</summary>
    public static IReadOnlyList<string> ChangeLines(CliResult result) =>
        result.Out.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();

    public static string SummaryLine(CliResult result) => result.Out.TrimEnd('\n').Split('\n')[^1];

    public void Dispose() => folder.Dispose();
}
