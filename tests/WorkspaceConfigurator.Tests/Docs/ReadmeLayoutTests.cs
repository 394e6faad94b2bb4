using System.Text.RegularExpressions;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Plugins;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// The README's map of the house is true to the code: every folder of the engine is on it, every folder on it
/// exists, the stages are numbered in the order <c>Workspace.Plan</c> runs them, and the tests mirror the engine's
/// folders.
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
    public void The_stages_are_numbered_in_the_order_of_the_data_flow()
    {
        var stages = EngineLines().Select(l => Regex.Match(l, @"^\s{2}(\w+)/\s+(\d) ")).Where(m => m.Success)
            .Select(m => (Folder: m.Groups[1].Value, Number: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();

        stages.Select(s => s.Number).Should().Equal(Enumerable.Range(1, 7));
        stages.Select(s => s.Folder).Should().Equal("Layers", "Catalog", "Resolve", "Build", "Check", "Render", "Write");
    }

    [Fact]
    public void Every_stage_has_a_test_folder_of_the_same_name()
    {
        var tests = Path.Combine(PluginBuilds.RepositoryRoot, "tests", "WorkspaceConfigurator.Tests");
        var stages = new[] { "Engine", "Layers", "Catalog", "Resolve", "Build", "Check", "Render", "Write" };

        stages.Where(s => !Directory.Exists(Path.Combine(tests, s))).Should().BeEmpty();
    }

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
