namespace WorkspaceConfigurator.Hub.Templates;

/// <summary>The two values the hub renders into profile strings: the spawning user's name and their namespace.</summary>
internal sealed record PlaceholderValues(string UserName, string Namespace);
