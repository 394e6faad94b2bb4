using System.Text;

namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// Reads a values file (<c>-f site.yaml</c>) into a <see cref="ValuesNode"/> tree that keeps where every node was
/// written. YAML is taken in a strict form: one document, text keys given once, no merge keys, no tags, and bounded
/// size, depth and alias expansion. Anything else is a <see cref="ValuesFileException"/> naming the file, line,
/// column and path.
/// </summary>
internal static class ValuesYamlReader
{
    /// <summary>
    /// Reads one values file's text. <paramref name="fileName"/> is the path as the user gave it (used in marks and
    /// messages). Returns null for an empty document: an empty file, only comments, or a lone <c>---</c>.
    /// </summary>
    public static ValuesNode? Read(string text, string fileName, ValuesReadLimits limits) =>
        Parse(Bounded(text, fileName, limits), fileName, limits);

    /// <summary>
    /// Reads a values file from disk: an oversized file is refused before it is read, text that is not UTF-8 is
    /// refused with its position, and a leading byte order mark is allowed. A missing, unreadable or folder path is
    /// an error at line 1, column 1 of <paramref name="fileName"/>.
    /// </summary>
    public static ValuesNode? ReadFile(string path, string fileName, ValuesReadLimits limits) =>
        Parse(ValuesFileText.Read(path, fileName, limits.MaxBytes, limits.FileKind), fileName, limits);

    /// <summary>Reads a values file from a stream (standard input), by the same rules as <see cref="ReadFile"/>.</summary>
    public static ValuesNode? ReadStream(Stream stream, string fileName, ValuesReadLimits limits) =>
        Parse(ValuesFileText.Read(stream, fileName, limits.MaxBytes, limits.FileKind), fileName, limits);

    /// <summary>
    /// Reads a text of Kubernetes objects (a <c>manifest_file</c>, a profile's manifest asset) by the same rules,
    /// except that it may hold several documents: every document that is not empty, in order.
    /// </summary>
    public static IReadOnlyList<ValuesNode> ReadDocuments(string text, string fileName, ValuesReadLimits limits) =>
        ValuesTreeBuilder.BuildDocuments(Checked(Bounded(text, fileName, limits), fileName), fileName, limits);

    // A text given whole (not read from a file, which is bounded as it is read) is refused when it is too large.
    private static string Bounded(string text, string fileName, ValuesReadLimits limits)
    {
        // A character is one to three UTF-8 bytes (a surrogate pair, two characters, is four), so only a text near
        // the limit needs counting.
        if (text.Length * 3L > limits.MaxBytes && Encoding.UTF8.GetByteCount(text) is var bytes && bytes > limits.MaxBytes)
        {
            throw ValuesFileText.TooLarge(fileName, bytes, limits.MaxBytes, limits.FileKind);
        }

        return text;
    }

    private static ValuesNode? Parse(string text, string fileName, ValuesReadLimits limits) =>
        ValuesTreeBuilder.Build(Checked(text, fileName), fileName, limits);

    private static string Checked(string text, string fileName)
    {
        // A byte order mark is not content: dropped here, it does not shift the columns of line 1.
        text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        ValuesCharacters.Check(text, fileName);
        return text;
    }
}
