using System.Text;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Plugins;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// Every wsconf command the README and the pages under docs/ show in a shell block runs as shown and succeeds: paths in the repository are
/// its own files, outputs go to a scratch folder, the placeholder plugin folder is the example plugin, and in a pipe
/// the wsconf part runs (kubectl is the reader's).
/// </summary>
[Collection(PluginCollection.Name)]
public sealed class ReadmeCommandsTests(PluginBuilds builds)
{
    private const string DotnetRun = "dotnet run --project src/WorkspaceConfigurator.Cli -- ";

    public static TheoryData<string, int, string> Commands()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var page in DocPages.All())
        {
            foreach (var (line, command) in ShellCommands(DocPages.Read(page)))
            {
                data.Add(page, line, command);
            }
        }

        return data;
    }

    [Fact]
    public void The_readme_shows_commands_to_run() => Commands().Count().Should().BeGreaterThan(10);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Runs_as_shown(string page, int line, string command)
    {
        using var scratch = new TempFolder();
        var plugins = builds.CopyOutput("ExampleSiteProfiles", builds.NewFolder("readme-plugins"));
        var args = Arguments(command, scratch, plugins);
        var result = CliRunner.Run([.. args]);
        result.ExitCode.Should().Be(0, $"{page} line {line}: wsconf {command}\n{result.Error}");
        result.Error.Should().NotContain("error:", $"{page} line {line}");
    }

    // The command's words, with repository paths made absolute, outputs sent to the scratch folder and the plugin
    // folder the README names (/srv/...) replaced by the example plugin.
    private static List<string> Arguments(string command, TempFolder scratch, string plugins)
    {
        var words = ShellWords.Split(command);
        for (var i = 0; i < words.Count; i++)
        {
            var previous = i > 0 ? words[i - 1] : "";
            if (previous is "-o" or "--output" or "--output-dir")
            {
                words[i] = scratch.File(Path.GetFileName(words[i]));
            }
            else if (previous == "--profiles-dir")
            {
                words[i] = plugins;
            }
            else if (words[i].StartsWith("examples/", StringComparison.Ordinal))
            {
                words[i] = Path.Combine(PluginBuilds.RepositoryRoot, words[i]);
            }
        }

        return words;
    }

    // "wsconf ..." lines of ```sh blocks: continuation lines joined, comments dropped, a pipe cut after wsconf's part.
    private static IEnumerable<(int Line, string Command)> ShellCommands(string readme)
    {
        var lines = readme.Split('\n');
        var inShell = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            if (text.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = !inShell && text.Trim() == "```sh";
                continue;
            }

            if (!inShell)
            {
                continue;
            }

            var start = i;
            var joined = new StringBuilder(text);
            while (joined.ToString().TrimEnd().EndsWith('\\') && i + 1 < lines.Length)
            {
                joined.Length = joined.ToString().TrimEnd().Length - 1;
                joined.Append(' ').Append(lines[++i].Trim());
            }

            var command = StripComment(joined.ToString()).Trim();
            command = command.StartsWith(DotnetRun, StringComparison.Ordinal) ? "wsconf " + command[DotnetRun.Length..] : command;
            if (!command.StartsWith("wsconf ", StringComparison.Ordinal))
            {
                continue;
            }

            var pipe = command.IndexOf(" | ", StringComparison.Ordinal);
            yield return (start + 1, (pipe < 0 ? command : command[..pipe])["wsconf ".Length..].Trim());
        }
    }

    private static string StripComment(string line)
    {
        var at = line.IndexOf("  #", StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }
}
