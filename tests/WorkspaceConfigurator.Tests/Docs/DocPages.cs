using WorkspaceConfigurator.Tests.Cli.Plugins;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>The documentation: the README, then every page of docs/, by name, as the repository holds them.</summary>
internal static class DocPages
{
    public static IEnumerable<string> All() =>
        ["README.md", .. Directory.GetFiles(Path.Combine(PluginBuilds.RepositoryRoot, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static string Read(string page) => File.ReadAllText(Path.Combine(PluginBuilds.RepositoryRoot, page));
}
