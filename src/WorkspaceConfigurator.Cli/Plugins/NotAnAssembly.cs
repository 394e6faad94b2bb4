namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>A .dll that is not a .NET assembly, and why (for the error message); or one that cannot be read at all.</summary>
internal sealed record NotAnAssembly(string Path, string Reason, bool Unreadable = false);
