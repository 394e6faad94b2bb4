namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>The tests that need built plugins; they share one build of every fixture per test run.</summary>
[CollectionDefinition(Name)]
public sealed class PluginCollection : ICollectionFixture<PluginBuilds>
{
    public const string Name = "Plugins";
}
