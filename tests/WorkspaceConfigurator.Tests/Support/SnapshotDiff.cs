namespace WorkspaceConfigurator.Tests.Support;

/// <summary>A compact line diff for failure messages: changed lines only, with line numbers, '-' expected and '+' actual.</summary>
internal static class SnapshotDiff
{
    // Above this many LCS cells the changed middle is shown as a block replacement instead.
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<string> Describe(string expected, string actual, int maxLines)
    {
        var (a, aEndsWithNewline) = SplitLines(expected);
        var (b, bEndsWithNewline) = SplitLines(actual);
        var changes = Changes(a, b).ToList();
        var lines = changes.Take(maxLines).ToList();
        if (changes.Count > maxLines)
        {
            lines.Add($"... and {changes.Count - maxLines} more differing lines");
        }

        if (aEndsWithNewline != bEndsWithNewline && (a.Length > 0 || b.Length > 0))
        {
            lines.Add($"\\ {(aEndsWithNewline ? "received" : "verified")} text has no newline at the end");
        }

        return lines;
    }

    private static (string[] Lines, bool EndsWithNewline) SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return ([], false);
        }

        var endsWithNewline = text.EndsWith('\n');
        var lines = (endsWithNewline ? text[..^1] : text).Split('\n');
        return (lines, endsWithNewline);
    }

    private static IEnumerable<string> Changes(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        if ((long)n * m > MaxCells)
        {
            return Enumerable.Range(prefix, n).Select(i => Line('-', i, a[i]))
                .Concat(Enumerable.Range(prefix, m).Select(j => Line('+', j, b[j])));
        }

        return Lcs(a.AsSpan(prefix, n).ToArray(), b.AsSpan(prefix, m).ToArray(), prefix);
    }

    private static List<string> Lcs(string[] a, string[] b, int offset)
    {
        // lengths[i, j] = length of the longest common subsequence of a[i..] and b[j..]
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y == b.Length || (x < a.Length && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                result.Add(Line('-', offset + x, a[x]));
                x++;
            }
            else
            {
                result.Add(Line('+', offset + y, b[y]));
                y++;
            }
        }

        return result;
    }

    // Carriage returns and byte-order marks would be invisible (or garble the message), so they are spelled out.
    private static string Line(char sign, int index, string text) =>
        $"{sign}{index + 1,5}: {text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\uFEFF", "<BOM>", StringComparison.Ordinal)}";
}
