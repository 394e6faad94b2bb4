using System.Text.RegularExpressions;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Plugins;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// The README's map of the house is true to the code: every folder of the engine is on it, every folder on it
/// exists, the stages are numbered 1, 2, 3 … down the map, and every stage the map names (a folder on a line of its own:
/// Engine and the numbered stages) has a test folder of the same name. The order of the numbers is the map's word on
/// the data flow; nothing here reads it from the code.
/// </summary>
public sealed partial class ReadmeLayoutTests
{
    private static readonly string Engine = Path.Combine(PluginBuilds.RepositoryRoot, "src", "WorkspaceConfigurator");

    [Fact]
    public void The_map_names_every_folder_of_the_engine_and_no_other()
    {
        var named = EngineLines().SelectMany(l => FolderName().Matches(NameColumn(l))).Select(m => m.Groups[1].Value).ToList();

        named.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(Folders(Engine));
    }

    [Fact]
    public void The_subfolders_the_map_names_exist_under_the_folder_it_names_them_in()
    {
        var lines = EngineLines();
        var missing = new List<string>();
        string? stage = null;
        foreach (var line in lines)
        {
            if (Regex.Match(line, @"^\s{2}(\w+)/\s") is { Success: true } top)
            {
                stage = top.Groups[1].Value;
            }

            var description = line[NameColumn(line).Length..];
            foreach (Match m in Regex.Matches(description, @"\b([A-Z]\w+)/"))
            {
                if (stage is null || !Directory.Exists(Path.Combine(Engine, stage, m.Groups[1].Value)))
                {
                    missing.Add($"{stage}/{m.Groups[1].Value}");
                }
            }
        }

        missing.Should().BeEmpty("the map names only subfolders that exist");
    }

    [Fact]
    public void The_stages_are_numbered_one_to_n_down_the_map()
    {
        var numbers = EngineLines().Select(l => Regex.Match(l, @"^\s{2}\w+/\s+(\d+) ")).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        numbers.Should().NotBeEmpty().And.Equal(Enumerable.Range(1, numbers.Count));
    }

    [Fact]
    public void Every_stage_has_a_test_folder_of_the_same_name()
    {
        var tests = Path.Combine(PluginBuilds.RepositoryRoot, "tests", "WorkspaceConfigurator.Tests");
        var stages = Stages();

        stages.Should().Contain("Engine").And.HaveCountGreaterThan(1, "the map names Engine and the numbered stages");
        stages.Where(s => !Directory.Exists(Path.Combine(tests, s))).Should().BeEmpty();
    }

    // The stages the map names: the folders on a line of their own (Engine and the numbered ones), not the shared ones
    // listed together (Hub/, Yaml/, …).
    private static List<string> Stages() => EngineLines()
        .Select(l => (Line: l, Folders: FolderName().Matches(NameColumn(l))))
        .Where(l => l.Folders.Count == 1 && Regex.IsMatch(l.Line, @"^\s{2}\w+/\s"))
        .Select(l => l.Folders[0].Groups[1].Value).ToList();

    // The lines between the engine's line and the next top-level folder.
    private static List<string> EngineLines()
    {
        var readme = DocPages.Read("README.md").Split('\n');
        var start = Array.FindIndex(readme, l => l.StartsWith("src/WorkspaceConfigurator/ ", StringComparison.Ordinal));
        start.Should().BeGreaterThan(0, "the README's layout names the engine");
        return readme.Skip(start + 1).TakeWhile(l => l.StartsWith(' ')).ToList();
    }

    // The map's first column: the folders (descriptions start at column 40, continuation lines further right).
    private static string NameColumn(string line) => line[..Math.Min(DescriptionColumn, line.Length)];

    private const int DescriptionColumn = 40;

    private static IEnumerable<string> Folders(string path) => Directory.GetDirectories(path).Select(Path.GetFileName)
        .Where(n => n is not ("bin" or "obj")).Select(n => n!);

    [GeneratedRegex(@"\b(\w+)/")]
    private static partial Regex FolderName();
}
