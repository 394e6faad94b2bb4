namespace WorkspaceConfigurator.Write;

/// <summary>A file of a rendered folder: a path relative to the folder (with '/') and its text.</summary>
internal sealed record LayoutFile(string Path, string Content);
