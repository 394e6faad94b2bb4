using System.Text.RegularExpressions;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// Compares a page's output with what wsconf printed, as its kind says, and names the page's line that differs. In
/// excerpts and messages, <c>...</c> and <c>…</c> stand for text the page leaves out; a whole output is exact.
/// </summary>
internal static class OutputComparison
{
    /// <summary>Null when the page shows what wsconf prints; else what differs, naming the page and its line.</summary>
    public static string? Problem(DocumentedOutput page, CliResult printed)
    {
        var problem = printed.ExitCode != page.Exit
            ? $"exit {printed.ExitCode}, the page says {page.Exit}\n{printed.Error}"
            : page.Kind switch
            {
                OutputKind.Output => Whole(page, printed.Out),
                OutputKind.Excerpt => InOrder(page, printed.Out),
                OutputKind.StderrExcerpt => InOrder(page, printed.Error),
                OutputKind.Error => OneError(page, printed.Error),
                OutputKind.Rows => Rows(page, printed.Out),
                _ => throw new ArgumentOutOfRangeException(nameof(page), page.Kind, null),
            };
        return problem is null ? null : $"{page}\n{problem}";
    }

    private static string? Whole(DocumentedOutput page, string printed)
    {
        var lines = Lines(printed);
        for (var i = 0; i < Math.Max(lines.Count, page.Lines.Count); i++)
        {
            var shown = i < page.Lines.Count ? page.Lines[i] : null;
            var actual = i < lines.Count ? lines[i] : null;
            if (shown != actual)
            {
                return shown is null
                    ? $"the block ends at line {page.Line + i - 1}; wsconf goes on with '{actual}'"
                    : $"line {page.Line + i} shows '{shown}'; wsconf prints {(actual is null ? "nothing more" : $"'{actual}'")}";
            }
        }

        return printed.EndsWith('\n') ? null : "wsconf's output does not end with a line break";
    }

    // Each line of the page matches a line of the output after the one the previous line matched.
    private static string? InOrder(DocumentedOutput page, string printed)
    {
        var lines = Lines(printed);
        var at = 0;
        for (var i = 0; i < page.Lines.Count; i++)
        {
            var next = lines.FindIndex(at, l => Matches(page.Lines[i], l));
            if (next < 0)
            {
                var after = i == 0 ? "" : $" after the line that line {page.Line + i - 1} matched";
                return $"line {page.Line + i}, '{page.Lines[i]}', is not in what wsconf prints{after}:\n{printed}";
            }

            at = next + 1;
        }

        return null;
    }

    // Errors are one line; warnings printed beside it are not the page's business. A table may leave out "error: ".
    private static string? OneError(DocumentedOutput page, string printed)
    {
        var errors = Lines(printed).Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        if (errors.Count != 1)
        {
            return $"wsconf prints {errors.Count} error lines, not one:\n{printed}";
        }

        var shown = page.Lines.Single();
        return Matches(shown, errors[0]) || Matches("error: " + shown, errors[0]) ? null : $"line {page.Line} shows '{shown}'; wsconf prints '{errors[0]}'";
    }

    // A table of the output's lines, a row a line in its order: the row's first cell starts the line, and each other
    // cell of one word is a word of it (cells of several words are the page's own notes).
    private static string? Rows(DocumentedOutput page, string printed)
    {
        var lines = Lines(printed).Skip(1).ToList(); // the output's header line
        if (lines.Count != page.Lines.Count)
        {
            return $"the table has {page.Lines.Count} rows, wsconf prints {lines.Count} lines under its header:\n{printed}";
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var words = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cells = MarkedExample.Cells(page.Lines[i]).Select(c => c.Replace("`", "", StringComparison.Ordinal)).ToList();
            var missing = cells.Skip(1).Where(c => c.Length > 0 && !c.Contains(' ', StringComparison.Ordinal) && !words.Contains(c)).ToList();
            if (words[0] != cells[0] || missing.Count > 0)
            {
                var differs = words[0] != cells[0] ? $"'{cells[0]}'" : string.Join(", ", missing.Select(m => $"'{m}'"));
                return $"line {page.Line + i} shows {differs}; wsconf prints '{lines[i]}'";
            }
        }

        return null;
    }

    private static bool Matches(string shown, string printed) =>
        Regex.IsMatch(printed, "^" + Regex.Escape(shown).Replace(@"\.\.\.", ".*", StringComparison.Ordinal).Replace("…", ".*", StringComparison.Ordinal) + "$");

    private static List<string> Lines(string text) => [.. text.TrimEnd('\n').Split('\n')];
}
