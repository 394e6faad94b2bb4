namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>One values file as read: its <c>global:</c> entry and its profile entries, in the order written.</summary>
internal sealed class ValuesDocument
{
    internal ValuesDocument(string file, string folder)
    {
        File = file;
        Folder = folder;
    }

    /// <summary>The file as the user named it (used in every message and origin).</summary>
    public string File { get; }

    /// <summary>The folder that <c>content_file</c> and <c>manifest_file</c> are relative to.</summary>
    public string Folder { get; }

    public ProfileEntry? Global { get; internal set; }

    public IReadOnlyList<ProfileEntry> Profiles { get; internal set; } = [];
}
