using System.Text;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Cli.Plugins;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// Every wsconf command the README and the pages under docs/ show in a shell block runs as shown and succeeds: paths in the repository are
/// its own files, outputs go to a scratch folder, and in a pipe the wsconf part runs (kubectl is the reader's). A plugin
/// folder is the example plugin only where the page says so: a placeholder under /srv/, or the folder an earlier line of
/// the page builds the example plugin into (<c>dotnet build profiles/ExampleSiteProfiles ... -o DIR</c>, the build the
/// tests' fixture makes); any other plugin folder lies in the empty scratch folder, so a page that never builds it fails.
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
        var args = Arguments(command, scratch, plugins, ExamplePluginFolders(DocPages.Read(page), line));
        var result = CliRunner.Run([.. args]);
        result.ExitCode.Should().Be(0, $"{page} line {line}: wsconf {command}\n{result.Error}");
        result.Error.Should().NotContain("error:", $"{page} line {line}");
    }

    // The shell lines of the pages that are not wsconf commands, by how they start, and where the suite checks them or
    // why it cannot: a line no entry covers fails the test below, so a new command on a page is run or explained.
    private static readonly (string Start, string Why)[] OtherCommands =
    [
        ("dotnet test", "the README's test command: the one that runs this suite"),
        ("dotnet build profiles/ExampleSiteProfiles ", "the example plugin's build: the plugin fixture (PluginBuilds) builds it, and the page's later lines run on its output"),
        ("dotnet build path/to/", "a site's own plugin project, a placeholder: the example plugin's build is the same command"),
        ("dotnet pack src/WorkspaceConfigurator.Cli ", "Packaging/PackedToolTests packs the tool the same way"),
        ("dotnet tool install ", "Packaging/PackedToolTests installs the packed tool (into a tool path: a test cannot install globally)"),
        ("kubectl ", "needs a cluster"),
        ("bash bench/run.sh", "the benchmark: minutes on a quiet machine, run by hand; docs/performance.md keeps its figures"),
    ];

    [Fact]
    public void Every_other_shell_line_of_the_pages_is_checked_elsewhere_or_says_why_not()
    {
        var unexplained = new List<string>();
        var used = new HashSet<string>();
        foreach (var page in DocPages.All())
        {
            foreach (var (line, text) in ShellLines(DocPages.Read(page)))
            {
                if (text.Length == 0 || text.StartsWith('#') || text.StartsWith("wsconf ", StringComparison.Ordinal) || text.StartsWith(DotnetRun, StringComparison.Ordinal))
                {
                    continue;
                }

                var known = OtherCommands.FirstOrDefault(o => text.StartsWith(o.Start, StringComparison.Ordinal));
                if (known.Start is null)
                {
                    unexplained.Add($"{page} line {line}: {text}");
                }
                else
                {
                    used.Add(known.Start);
                }
            }
        }

        unexplained.Should().BeEmpty("a page's command is run by a test, or OtherCommands says where it is checked or why it cannot be");
        OtherCommands.Select(o => o.Start).Should().BeSubsetOf(used, "an entry no page needs any more goes");
    }

    [Fact]
    public void A_plugin_folder_is_the_example_plugin_only_when_a_placeholder_or_built_by_the_page()
    {
        using var scratch = new TempFolder();
        const string Page = "```sh\ndotnet build profiles/ExampleSiteProfiles -c Release -o ./built\nwsconf --profiles-dir ./built list\n```\n";
        var built = ExamplePluginFolders(Page, 3);

        built.Should().Equal("./built");
        Arguments("--profiles-dir ./built list", scratch, "PLUGIN", built)[1].Should().Be("PLUGIN");
        Arguments("--profiles-dir /srv/wsconf/profiles list", scratch, "PLUGIN", [])[1].Should().Be("PLUGIN");
        Arguments("--profiles-dir ./built list", scratch, "PLUGIN", ExamplePluginFolders(Page, 2))[1].Should().Be(scratch.File("./built"));
    }

    // The command's words, with repository paths made absolute, outputs sent to the scratch folder, and a plugin folder
    // that is a placeholder (/srv/...) or one the page built the example plugin into replaced by the example plugin;
    // any other plugin folder is looked for in the scratch folder, where it does not exist.
    private static List<string> Arguments(string command, TempFolder scratch, string plugins, IReadOnlyCollection<string> builtPlugins)
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
                words[i] = words[i].StartsWith("/srv/", StringComparison.Ordinal) || builtPlugins.Contains(words[i]) ? plugins : scratch.File(words[i]);
            }
            else if (words[i].StartsWith("examples/", StringComparison.Ordinal))
            {
                words[i] = Path.Combine(PluginBuilds.RepositoryRoot, words[i]);
            }
        }

        return words;
    }

    // The folders that lines of the page's shell blocks before line `line` build the example plugin into.
    private static List<string> ExamplePluginFolders(string page, int line)
    {
        var folders = new List<string>();
        foreach (var (at, text) in ShellLines(page).Where(l => l.Line < line))
        {
            var words = ShellWords.Split(text);
            var output = words.IndexOf("-o");
            if (words.Count > 3 && words[0] == "dotnet" && words[1] == "build" && words[2] == "profiles/ExampleSiteProfiles" && output > 2 && output + 1 < words.Count)
            {
                folders.Add(words[output + 1]);
            }
        }

        return folders;
    }

    // "wsconf ..." lines of ```sh blocks, a pipe cut after wsconf's part.
    private static IEnumerable<(int Line, string Command)> ShellCommands(string page)
    {
        foreach (var (line, text) in ShellLines(page))
        {
            var command = text.StartsWith(DotnetRun, StringComparison.Ordinal) ? "wsconf " + text[DotnetRun.Length..] : text;
            if (!command.StartsWith("wsconf ", StringComparison.Ordinal))
            {
                continue;
            }

            var pipe = command.IndexOf(" | ", StringComparison.Ordinal);
            yield return (line, (pipe < 0 ? command : command[..pipe])["wsconf ".Length..].Trim());
        }
    }

    // The lines of ```sh blocks: continuation lines joined, comments dropped.
    private static IEnumerable<(int Line, string Text)> ShellLines(string page)
    {
        var lines = page.Split('\n');
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

            yield return (start + 1, StripComment(joined.ToString()).Trim());
        }
    }

    private static string StripComment(string line)
    {
        var at = line.IndexOf("  #", StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }
}
