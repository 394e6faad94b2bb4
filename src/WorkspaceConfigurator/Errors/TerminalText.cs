using System.Globalization;
using System.Text;

namespace WorkspaceConfigurator.Errors;

/// <summary>
/// The one escaping of user text (file names, keys, values, plugin names) in every line wsconf prints for people:
/// errors, warnings, findings, table cells, comments. A line stays one line, and nothing in it can drive the terminal:
/// C0 and C1 control characters and DEL are written <c>\x1b</c>, line breaks and tabs <c>\n \r \t</c>, and characters
/// that reorder or break the displayed text (bidi overrides and isolates U+202A–U+202E, U+2066–U+2069, line and
/// paragraph separators U+2028/U+2029, lone surrogates) <c>\u202e</c>. Escaping escaped text changes nothing.
/// </summary>
internal static class TerminalText
{
    /// <summary>The text with every character that could break the line or reach the terminal written as an escape.</summary>
    public static string Escape(string? text)
    {
        if (text is null)
        {
            return "";
        }

        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }

            _ = c switch
            {
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                '\t' => escaped.Append("\\t"),
                _ when c < ' ' || c is >= '\u007F' and <= '\u009F' => escaped.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ when IsUnsafe(c) => escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>Text of several lines for people (a description): each line escaped, the line feeds kept.</summary>
    public static string EscapeLines(string text)
    {
        if (FirstUnsafe(text.Replace('\n', ' ')) < 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Escape(lines[i]);
        }

        return string.Join('\n', lines);
    }

    private static int FirstUnsafe(string text)
    {
        // Printable ASCII is safe: a vectorised search skips it, and most lines hold nothing else.
        var start = text.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return i;
            }
        }

        return -1;
    }

    // Controls (C0, DEL, C1), bidi embeddings, overrides and isolates, line and paragraph separators, and surrogates
    // (a paired one is skipped by the callers).
    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029'
        || char.IsSurrogate(c);
}
