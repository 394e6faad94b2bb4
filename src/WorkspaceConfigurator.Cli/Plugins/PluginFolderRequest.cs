namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>A plugin folder as given, and where it was given (<c>--profiles-dir</c> or an environment variable).</summary>
internal sealed record PluginFolderRequest(string Path, string Source);
