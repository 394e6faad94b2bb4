using System.Text;
using WorkspaceConfigurator.Files;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers.Items;

/// <summary>
/// Reads the files a values file names (<c>content_file</c>, <c>manifest_file</c>): relative to the values file's
/// folder, and never outside it, symbolic links included, so a values file can only bring in what sits beside it.
/// </summary>
internal sealed class ItemReadContext(string folder)
{
    /// <summary>The most a named file may hold: config maps are limited to 1 MiB by Kubernetes anyway.</summary>
    private const long MaxFileBytes = 1024 * 1024;

    public string ReadText(ValuesNode node, ValuesSite site) => Read(node, site).Text;

    // Read by the values files' own rules (no tags, no merge keys, bounded depth and alias expansion), as the objects
    // written inline under content: are: a file of a few hundred bytes must not stand for gigabytes of output.
    public ValueList<YamlNode> ReadManifests(ValuesNode node, ValuesSite site)
    {
        var (text, path) = Read(node, site);
        IReadOnlyList<ValuesNode> documents;
        try
        {
            documents = ValuesYamlReader.ReadDocuments(text, path, ValuesReadLimits.Default);
        }
        catch (ValuesFileException e)
        {
            var at = e.Path.Length == 0 ? "" : $" ({e.Path})";
            throw site.Malformed($"'{path}' at line {e.Mark.Line}, column {e.Mark.Column}{at}: {e.Problem}");
        }

        return documents.Count > 0
            ? ValueList.From(documents, ValuesNodeConversion.ToYamlNode)
            : throw site.Malformed($"'{path}' holds no Kubernetes object");
    }

    private (string Text, string Path) Read(ValuesNode node, ValuesSite site)
    {
        var given = NodeShapes.Text(node, site, "a path relative to the values file");
        if (given.Length == 0)
        {
            throw site.Malformed("is empty (a path relative to the values file, e.g. files/motd.txt)");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var file = Path.GetFullPath(Path.Combine(root, given));
        if (Path.IsPathRooted(given) || !Inside(root, file))
        {
            throw site.Malformed($"'{given}' is outside the values file's folder (a path relative to {root}, without '..')");
        }

        // Only a regular file: a pipe would block the run, a device would never end.
        switch (FileKinds.Of(file))
        {
            case FileKind.Missing:
                throw site.Malformed($"'{given}' does not exist (looked for {file})");
            case FileKind.Directory:
                throw site.Malformed($"'{given}' is a folder (a file relative to the values file, e.g. files/motd.txt)");
            case not FileKind.Regular:
                throw site.Malformed($"'{given}' is not a regular file (a pipe or a device; a file relative to the values file)");
        }

        var info = new FileInfo(file);
        // A link inside the folder that points outside it would bring in a file the site never meant to publish.
        if (!RealPath.IsInside(file, root))
        {
            throw site.Malformed($"'{given}' leads outside the values file's folder through a symbolic link ({RealPath.Of(file) ?? "a link loop"})");
        }

        if (info.Length > MaxFileBytes)
        {
            throw site.Malformed($"'{given}' is {info.Length} bytes, more than the {MaxFileBytes / 1024} KiB a config map or manifest may hold");
        }

        try
        {
            return (File.ReadAllText(file, new UTF8Encoding(false, throwOnInvalidBytes: true)), given);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw site.Malformed($"'{given}' cannot be read: {e.Message}");
        }
    }

    private static bool Inside(string root, string file) =>
        file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
