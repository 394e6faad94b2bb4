using System.Text.RegularExpressions;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// What a marked block shows, example by example: a code block's lines, a table's messages (or, for <c>rows of</c>, its
/// rows) and a paragraph's or list's messages. <see cref="Exit"/> is the row's <c>exit</c> cell, where the table has one.
/// </summary>
internal sealed record MarkedExample(int Line, IReadOnlyList<string> Lines, int? Exit)
{
    // A message in prose: a code span that starts as wsconf's messages do.
    private static readonly Regex Message = new(@"^(error|warning|note): ");

    private static readonly Regex CodeSpan = new(@"`([^`]+)`");

    /// <summary>
    /// The examples of the block that starts at index <paramref name="start"/> of <paramref name="lines"/> and ends at
    /// <paramref name="end"/> (both included): a code block as one example, or one a line when <paramref name="lineByLine"/>;
    /// a table as one example when <paramref name="wholeTable"/>, else the first code span of each row's message or
    /// example column (or, without one, its messages); other blocks, their messages.
    /// </summary>
    public static List<MarkedExample> Of(string[] lines, int start, int end, bool lineByLine, bool wholeTable)
    {
        if (IsFence(lines[start]))
        {
            var content = lines[(start + 1)..end];
            return lineByLine
                ? [.. content.Select((l, i) => new MarkedExample(start + 2 + i, [l], null))]
                : [new MarkedExample(start + 2, content, null)];
        }

        if (end > start && IsDelimiterRow(lines[start + 1]))
        {
            return wholeTable ? [new MarkedExample(start + 3, lines[(start + 2)..(end + 1)], null)] : TableExamples(lines, start, end);
        }

        return ProseExamples(lines, start, end);
    }

    public static bool IsFence(string line) => line.TrimStart().StartsWith("```", StringComparison.Ordinal);

    private static bool IsDelimiterRow(string line) => Regex.IsMatch(line, @"^\|?(\s*:?-+:?\s*\|)+\s*(:?-+:?\s*)?$");

    private static List<MarkedExample> TableExamples(string[] lines, int start, int end)
    {
        var header = Cells(lines[start]).Select(c => c.ToLowerInvariant()).ToList();
        var column = header.FindIndex(h => h.Contains("message", StringComparison.Ordinal) || h.Contains("example", StringComparison.Ordinal));
        var exitColumn = header.IndexOf("exit");
        var examples = new List<MarkedExample>();
        for (var i = start + 2; i <= end; i++)
        {
            var cells = Cells(lines[i]);
            int? exit = exitColumn >= 0 && exitColumn < cells.Count && int.TryParse(cells[exitColumn], out var code) ? code : null;
            var spans = column >= 0
                ? Spans(column < cells.Count ? cells[column] : "").Take(1)
                : cells.SelectMany(Spans).Where(s => Message.IsMatch(s));
            examples.AddRange(spans.Select(s => new MarkedExample(i + 1, [s], exit)));
        }

        return examples;
    }

    // The cells of a table row: split at the pipes that are not escaped, an escaped pipe read as one.
    public static List<string> Cells(string row) =>
        [.. Regex.Split(row.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim().Replace(@"\|", "|", StringComparison.Ordinal))];

    private static IEnumerable<string> Spans(string text) => CodeSpan.Matches(text).Select(m => m.Groups[1].Value);

    // Messages in a paragraph or a list; a code span may go on over a line break, which reads as a space.
    private static List<MarkedExample> ProseExamples(string[] lines, int start, int end)
    {
        var text = string.Join('\n', lines[start..(end + 1)]);
        return
        [
            .. CodeSpan.Matches(text)
                .Select(m => (m.Index, Text: Regex.Replace(m.Groups[1].Value, @"\n\s*", " ")))
                .Where(s => Message.IsMatch(s.Text))
                .Select(s => new MarkedExample(start + 1 + text[..s.Index].Count(c => c == '\n'), [s.Text], null)),
        ];
    }
}
