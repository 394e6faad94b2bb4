using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary>
/// Runs a values file that must be refused through both commands that write: <c>dump-config -o OUT</c> over an
/// existing OUT, and <c>dump-manifests --output-dir DIR</c> with DIR absent. Each must fail with the exit code and
/// exactly one line on stderr (the same line for both), print nothing on stdout, leave OUT as it was and DIR absent.
/// </summary>
internal static class RefusedValues
{
    private const string EarlierOutput = "# config.yml of an earlier run\nprofiles: []\n";

    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    /// <summary>The refusal of <paramref name="yaml"/>, written as the only values file, with <paramref name="args"/> after the command.</summary>
    public static Refusal Of(string yaml, int exitCode, params string[] args)
    {
        using var site = new SiteValues();
        site.Add(yaml);
        return Of(site, exitCode, args);
    }

    /// <summary>The refusal of every values file written to <paramref name="site"/> (-f each, in order).</summary>
    public static Refusal Of(SiteValues site, int exitCode, params string[] args) => Of(site.Files, exitCode, args);

    public static Refusal Of(IReadOnlyList<string> files, int exitCode, params string[] args)
    {
        var before = new List<string>();
        foreach (var file in files)
        {
            before.Add("-f");
            before.Add(file);
        }

        return new Refusal(Error(exitCode, NoEnvironment, before, args), files.Count > 0 ? files[^1] : "");
    }

    /// <summary>
    /// The one error line (without its line break) of both writing commands run with <paramref name="before"/>
    /// ahead of the command and <paramref name="after"/> behind it, in <paramref name="environment"/>.
    /// </summary>
    public static string Error(int exitCode, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        using var temp = new TempFolder();
        var output = temp.File("config.yml");
        File.WriteAllText(output, EarlierOutput);
        var folder = temp.File("manifests");

        var config = CliRunner.Run(environment, [.. before, "dump-config", .. after, "--output", output]);
        var manifests = CliRunner.Run(environment, [.. before, "dump-manifests", .. after, "--output-dir", folder]);
        foreach (var result in new[] { config, manifests })
        {
            result.ShouldFailWith(exitCode);
            result.Error.Should().MatchRegex(@"\Aerror: [^\n]*\n\z", "a refusal is exactly one line on stderr");
        }

        manifests.Error.Should().Be(config.Error, "both commands read the values files the same way");
        File.ReadAllText(output).Should().Be(EarlierOutput, "a refused run leaves the output file as it was");
        Directory.Exists(folder).Should().BeFalse("a refused run creates no output folder");
        Directory.GetFileSystemEntries(temp.Path).Should().Equal([output], "a refused run leaves no temporary file beside the output");

        var line = config.Error[..^1];
        line.Where(char.IsControl).Should().BeEmpty("an error line holds no control character");
        return line;
    }
}
