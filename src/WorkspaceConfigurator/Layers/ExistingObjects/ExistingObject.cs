using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers.ExistingObjects;

/// <summary>One object the user's namespace already holds, as read (server-set fields left out), and where it was written.</summary>
internal sealed record ExistingObject(string ApiVersion, string Kind, string? Namespace, string Name, YamlMapping Content, SourceMark Mark)
{
    public override string ToString() => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
