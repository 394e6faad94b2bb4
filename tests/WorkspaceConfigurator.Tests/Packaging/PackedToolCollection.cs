namespace WorkspaceConfigurator.Tests.Packaging;

/// <summary>The packed-tool test and the example plugin build it needs.</summary>
[CollectionDefinition(Name)]
public sealed class PackedToolCollection : ICollectionFixture<ExamplePluginBuild>
{
    public const string Name = "Packed tool";
}
