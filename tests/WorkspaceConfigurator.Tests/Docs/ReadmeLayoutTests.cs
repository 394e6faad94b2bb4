using System.Text.RegularExpressions;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli.Plugins;

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
    public void The_map_names_every_folder_at_the_top_of_the_repository_and_only_paths_that_exist()
    {
        var readme = DocPages.Read("README.md").Split('\n');
        var start = Array.FindIndex(readme, l => l == "## Layout");
        var paths = readme.Skip(start).SkipWhile(l => l != "```").Skip(1).TakeWhile(l => l != "```")
            .Where(l => l.Length > 0 && l[0] != ' ').Select(l => l.Split(' ')[0]).ToList();
        var root = PluginBuilds.RepositoryRoot;

        // The folders git keeps: a reader's own build output (./site-plugins from the tour) is no part of the house.
        var tops = TrackedFiles(root).Where(f => f.Contains('/', StringComparison.Ordinal) && f[0] != '.').Select(f => f[..(f.IndexOf('/', StringComparison.Ordinal) + 1)]).Distinct();

        paths.Should().NotBeEmpty();
        paths.Where(p => !Directory.Exists(Path.Combine(root, p))).Should().BeEmpty("every path the map names exists");
        tops.Where(t => !paths.Any(p => p.StartsWith(t, StringComparison.Ordinal))).Should().BeEmpty("every folder at the top is on the map");
    }

    private static List<string> TrackedFiles(string root)
    {
        var git = new System.Diagnostics.ProcessStartInfo("git", ["-C", root, "ls-files"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = System.Diagnostics.Process.Start(git)!;
        var files = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, "the tests run in a clone of the repository");
        return files;
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

    [Fact]
    public void Each_stage_uses_only_the_stages_before_it_and_the_shared_folders_use_none()
    {
        var rank = Ranks();
        var backward = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Engine, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Engine, file);
            var folder = relative.Split(Path.DirectorySeparatorChar)[0];
            if (!rank.TryGetValue(folder, out var own))
            {
                continue; // bin/, obj/ and the files at the top
            }

            var source = File.ReadAllText(file);
            foreach (var used in FoldersUsed(source, rank.Keys).Where(u => rank[u] > own))
            {
                backward.Add($"{relative} uses {used}/");
            }
        }

        rank.Should().ContainKeys("Engine", "Layers", "Hub");
        File.ReadAllText(Path.Combine(Engine, "WorkspaceConfigurator.csproj")).Should()
            .NotMatchRegex($@"<Using Include=""WorkspaceConfigurator\.({string.Join("|", rank.Keys)})\b", "a project-wide using of a folder would hide which files use it");
        backward.Should().BeEmpty("data flows forward: a stage may use an earlier stage or a shared folder, never a later one");
    }

    [Fact]
    public void The_dependency_rule_sees_a_using_and_a_qualified_name_but_not_prose()
    {
        var folders = new[] { "Build", "Render", "Check" };

        FoldersUsed("using WorkspaceConfigurator.Render.Manifests;", folders).Should().Equal("Render");
        FoldersUsed("using WorkspaceConfigurator.Build;", folders).Should().Equal("Build");
        FoldersUsed("using static WorkspaceConfigurator.Check.GpuRules;", folders).Should().Equal("Check");
        FoldersUsed("using R = global::WorkspaceConfigurator.Render;", folders).Should().Equal("Render");
        FoldersUsed("var kind = Build.SitePatches.ItemAppliers.All;", folders).Should().Equal("Build");
        FoldersUsed("var rules = global::WorkspaceConfigurator.Check.GpuRules.Check(spec);", folders).Should().Equal("Check");
        FoldersUsed("GpuRules.Check(spec); // stage 4 Build. Then Render/ writes", folders).Should().BeEmpty();
    }

    // Shared folders rank 0, the numbered stages 1..n, Engine (the one way in, which runs stages) n+1, and the other
    // commands after it: a folder may use only folders of a lower rank. A line of folders whose description goes on
    // from the line above (it starts further right) belongs with that line.
    private static Dictionary<string, int> Ranks()
    {
        const int Engine = -1, Other = -2;
        var classes = new List<(string Folder, int Class)>();
        var last = Other;
        foreach (var line in EngineLines().Where(l => Regex.IsMatch(l, @"^\s{2}\w+/")))
        {
            var description = line.Length > DescriptionColumn ? line[DescriptionColumn..] : "";
            var number = Regex.Match(description, @"^(\d+) ");
            last = number.Success ? int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                : description.StartsWith(' ') ? last
                : description.StartsWith("what the stages share", StringComparison.Ordinal) ? 0
                : line.TrimStart().StartsWith("Engine/", StringComparison.Ordinal) ? Engine
                : Other;
            classes.AddRange(FolderName().Matches(NameColumn(line)).Select(m => (m.Groups[1].Value, last)));
        }

        var stages = classes.Max(c => c.Class);
        return classes.ToDictionary(c => c.Folder, c => c.Class switch { Engine => stages + 1, Other => stages + 2, _ => c.Class });
    }

    // The engine's folders a source file names: in a using, or as a qualified name (Build.SitePatches.ItemAppliers).
    private static IEnumerable<string> FoldersUsed(string source, IEnumerable<string> folders)
    {
        var names = string.Join("|", folders);
        var usings = Regex.Matches(source, $@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?WorkspaceConfigurator\.({names})\b", RegexOptions.Multiline);
        var qualified = Regex.Matches(source, $@"(?<![\w.])(?:global::)?(?:WorkspaceConfigurator\.)?({names})\.[A-Z]");
        return usings.Concat(qualified).Select(m => m.Groups[1].Value).Distinct();
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
