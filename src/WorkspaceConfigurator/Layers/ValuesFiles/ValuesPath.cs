using System.Text;

namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// Writes the path of a node for messages (<c>profiles.coder.groups[1]</c>) and text from the file for quoting in
/// them. A message is one line, so line breaks and other control characters in keys are written as escapes.
/// </summary>
internal static class ValuesPath
{
    /// <summary>Appends <c>.key</c> (or just <c>key</c> at the start); a key that would be misread is quoted.</summary>
    public static void AppendKey(StringBuilder path, string key)
    {
        if (path.Length > 0)
        {
            path.Append('.');
        }

        if (NeedsQuotes(key))
        {
            path.Append('"').Append(Printable(key).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            path.Append(key);
        }
    }

    public static void AppendIndex(StringBuilder path, int index) => path.Append('[').Append(index).Append(']');

    /// <summary>The text with control characters escaped, so that it cannot break a message over lines (<see cref="Errors.TerminalText"/>).</summary>
    public static string Printable(string text) => Errors.TerminalText.Escape(text);

    // Dots and brackets would read as more path; spaces and quotes would make the end of the key unclear.
    private static bool NeedsQuotes(string key)
    {
        if (key.Length == 0)
        {
            return true;
        }

        foreach (var c in key)
        {
            if (c is '.' or '[' or ']' or '"' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
