namespace WorkspaceConfigurator.Tests.Packaging;

/// <summary>The packed-tool test, in a collection of its own so that it runs beside the other tests.</summary>
[CollectionDefinition(Name)]
public sealed class PackedToolCollection
{
    public const string Name = "Packed tool";
}
