using Xunit.Abstractions;

[assembly: TestCollectionOrderer("WorkspaceConfigurator.Tests.Support.LongestCollectionsFirst", "WorkspaceConfigurator.Tests")]

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// Starts the collections that take longest first: the packed tool (a native compile) and the plugins (a build of
/// every fixture). The many short test classes then fill the other core while those two run, instead of the long
/// ones starting last and the run waiting on them alone.
/// </summary>
public sealed class LongestCollectionsFirst : ITestCollectionOrderer
{
    private static readonly string[] First = [Packaging.PackedToolCollection.Name, Cli.Plugins.PluginCollection.Name];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Array.IndexOf(First, c.DisplayName) is var i and >= 0 ? i : First.Length)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
