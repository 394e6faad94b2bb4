using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Build;

/// <summary>
/// Reads multi-document YAML templates (manifest assets) into <see cref="YamlNode"/> trees, resolving plain
/// scalars the way the hub's PyYAML reader does (YAML 1.1), so that writing them back keeps their meaning.
/// Templates are read by the rules of values files (<see cref="ValuesYamlReader.ReadDocuments"/>): no tags (which
/// would change a value's meaning, or run code in PyYAML's unsafe loaders, and which the tree could not keep), no
/// merge keys, bounded size, depth and alias expansion. A template is plugin input, so a hostile or broken one must
/// end in one line, not in a crash.
/// </summary>
internal static class YamlTemplateReader
{
    /// <summary>The name a template read without one is given in messages.</summary>
    public const string UnnamedTemplate = "(template)";

    /// <summary>Every non-empty document; throws <see cref="FormatException"/> with the line of the problem.</summary>
    public static IReadOnlyList<YamlNode> ReadDocuments(string text) => ReadDocuments(text, UnnamedTemplate);

    /// <summary>
    /// Every non-empty document of the template <paramref name="fileName"/> (its asset path, for messages); throws
    /// <see cref="FormatException"/> whose message is one line, <c>FILE:LINE:COL: path: problem</c>.
    /// </summary>
    public static IReadOnlyList<YamlNode> ReadDocuments(string text, string fileName)
    {
        try
        {
            return ValuesYamlReader.ReadDocuments(text, fileName, ValuesReadLimits.Default).Select(ValuesNodeConversion.ToYamlNode).ToList();
        }
        catch (ValuesFileException e)
        {
            throw new FormatException(e.Message, e);
        }
    }
}
