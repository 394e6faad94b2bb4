using System.Text.RegularExpressions;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// What the output markers of one page say (the convention is in docs/tests.md): the outputs to compare, the examples
/// left out with their reason, mistakes in the markers themselves, and the lines each marker and its block cover.
/// </summary>
internal sealed record PageMarkers(
    string Page,
    IReadOnlyList<DocumentedOutput> Outputs,
    IReadOnlyList<string> NotCompared,
    IReadOnlyList<string> Problems,
    IReadOnlyList<(int First, int Last)> Covered)
{
    private const string Rest = "the rest not compared:";
    private const string Skip = "not compared:";

    private static readonly (string Word, OutputKind Kind)[] Kinds =
    [
        ("output of:", OutputKind.Output),
        ("excerpt of:", OutputKind.Excerpt),
        ("stderr excerpt of:", OutputKind.StderrExcerpt),
        ("error of:", OutputKind.Error),
        ("rows of:", OutputKind.Rows),
    ];

    private static readonly Regex With = new(
        @"^with (?<name>[^\s/]\S*?|/\S+?)(?<folder>/)?(?: \(mode (?<mode>[0-7]{3,4})\))?(?:(?<colon>:)(?: (?<text>.+))?| = wsconf (?<command>.+)| -> (?<target>\S+))?$");

    private static readonly Regex Exit = new(@"^(?<command>.+?)\s+\(exit (?<exit>\d+)\)$");

    public bool IsCovered(int line) => Covered.Any(c => c.First <= line && line <= c.Last);

    public static PageMarkers Read(string page, string text)
    {
        var lines = text.Split('\n');
        var outputs = new List<DocumentedOutput>();
        var notCompared = new List<string>();
        var problems = new List<string>();
        var covered = new List<(int, int)>();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (MarkedExample.IsFence(lines[i]))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || !lines[i].StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            var close = Array.FindIndex(lines, i, l => l.Contains("-->", StringComparison.Ordinal));
            if (close < 0)
            {
                problems.Add($"{page} line {i + 1}: a comment that does not end");
                break;
            }

            var body = lines[i..(close + 1)];
            body[0] = body[0]["<!--".Length..];
            body[^1] = body[^1][..body[^1].IndexOf("-->", StringComparison.Ordinal)];
            var first = body[0].Trim();
            if (!Kinds.Select(k => k.Word).Append(Skip).Append(Rest).Any(w => first.StartsWith(w, StringComparison.Ordinal)))
            {
                i = close;
                continue; // a comment of another kind
            }

            var where = $"{page} line {i + 1}";
            var entries = Entries(body, i + 1, where, problems);
            var start = close + 1;
            if (start >= lines.Length || lines[start].Trim().Length == 0)
            {
                problems.Add($"{where}: the marker is not directly followed by the block it describes");
                i = close;
                continue;
            }

            var end = BlockEnd(lines, start);
            if (end < 0)
            {
                problems.Add($"{where}: the code block below does not end");
                break;
            }

            covered.Add((i + 1, end + 1));
            var listed = entries.Where(e => e.Keyword != Rest).ToList();
            var examples = MarkedExample.Of(lines, start, end, lineByLine: listed.Count > 1, wholeTable: listed.Any(e => e.Keyword == "rows of:"));
            var rest = entries.FirstOrDefault(e => e.Keyword == Rest);
            if (listed.Count > examples.Count || (listed.Count < examples.Count && rest is null))
            {
                problems.Add($"{where}: {listed.Count} entries, and {examples.Count} examples in the block below");
            }

            for (var e = 0; e < examples.Count; e++)
            {
                var entry = e < listed.Count ? listed[e] : rest;
                if (entry is null)
                {
                    break;
                }

                if (entry.Keyword is Skip or Rest)
                {
                    if (entry.Text.Length == 0)
                    {
                        problems.Add($"{page} line {entry.Line}: '{entry.Keyword}' without the reason");
                    }

                    notCompared.Add($"{page} line {examples[e].Line}: {entry.Text}");
                    continue;
                }

                if (Output(page, entry, examples[e], problems) is { } output)
                {
                    outputs.Add(output);
                }
            }

            i = end;
        }

        return new PageMarkers(page, outputs, notCompared, problems, covered);
    }

    // The last line of the block starting at start: a code block's closing fence (-1 if it has none), else the line
    // before the next blank one (a paragraph, a list or a table).
    private static int BlockEnd(string[] lines, int start) =>
        MarkedExample.IsFence(lines[start]) ? Array.FindIndex(lines, start + 1, MarkedExample.IsFence)
        : Array.FindIndex(lines, start, l => l.Trim().Length == 0) is var blank and >= 0 ? blank - 1
        : lines.Length - 1;

    private static DocumentedOutput? Output(string page, Entry entry, MarkedExample example, List<string> problems)
    {
        var where = $"{page} line {entry.Line}";
        var match = Exit.Match(entry.Text);
        var command = match.Success ? match.Groups["command"].Value : entry.Text;
        if (!command.StartsWith("wsconf ", StringComparison.Ordinal))
        {
            problems.Add($"{where}: '{entry.Keyword}' is followed by '{command}', not by a wsconf command");
            return null;
        }

        var kind = Kinds.Single(k => k.Word == entry.Keyword).Kind;
        int? exit = match.Success ? int.Parse(match.Groups["exit"].Value, System.Globalization.CultureInfo.InvariantCulture) : example.Exit;
        if (exit is null && kind == OutputKind.Error)
        {
            problems.Add($"{where}: an error needs its exit code, (exit N) after the command or an exit column");
            return null;
        }

        // A code block may show the command as its first line, "$ wsconf ...": the marker's own command, not output.
        var shown = example.Lines;
        var line = example.Line;
        if (shown.Count > 1 && shown[0].StartsWith("$ ", StringComparison.Ordinal))
        {
            if (shown[0] != "$ " + command)
            {
                problems.Add($"{page} line {line}: the block shows '{shown[0]}', its marker runs '{command}'");
            }

            (shown, line) = (shown.Skip(1).ToList(), line + 1);
        }

        return new DocumentedOutput(page, line, kind, command["wsconf ".Length..], exit ?? 0, entry.Files, shown);
    }

    // The marker's entries, one a keyword; a line that is neither an entry nor a with line goes on with the command.
    private static List<Entry> Entries(string[] body, int firstLine, string where, List<string> problems)
    {
        var entries = new List<Entry>();
        (Match With, int Indent, List<string> Lines)? text = null;
        for (var k = 0; k <= body.Length; k++)
        {
            var raw = k < body.Length ? body[k] : "";
            var line = raw.Trim();
            if (text is { } open)
            {
                if (line.Length > 0 && Indent(raw) > open.Indent)
                {
                    open.Lines.Add(raw);
                    continue;
                }

                var indent = open.Lines.Count == 0 ? 0 : open.Lines.Min(Indent);
                entries[^1].Files.Add(Given(open.With, GivenKind.Text, string.Concat(open.Lines.Select(l => l[indent..] + "\n"))));
                text = null;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var keyword = Kinds.Select(c => c.Word).Append(Skip).Append(Rest).FirstOrDefault(w => line.StartsWith(w, StringComparison.Ordinal));
            if (keyword is not null)
            {
                entries.Add(new Entry(firstLine + k, keyword, line[keyword.Length..].Trim()));
            }
            else if (entries.Count == 0)
            {
                problems.Add($"{where}: '{line}' comes before any entry");
            }
            else if (line.StartsWith("with ", StringComparison.Ordinal))
            {
                var with = With.Match(line);
                if (!with.Success)
                {
                    problems.Add($"{where}: '{line}' is not a with line (with NAME: TEXT, with NAME = wsconf ARGS, with NAME -> TARGET, with NAME/)");
                }
                else if (with.Groups["colon"].Success && !with.Groups["text"].Success)
                {
                    text = (with, Indent(raw), []);
                }
                else if (with.Groups["text"].Success || with.Groups["command"].Success || with.Groups["target"].Success || with.Groups["folder"].Success)
                {
                    entries[^1].Files.Add(
                        with.Groups["text"].Success ? Given(with, GivenKind.Text, with.Groups["text"].Value + "\n")
                        : with.Groups["command"].Success ? Given(with, GivenKind.CommandOutput, with.Groups["command"].Value)
                        : with.Groups["target"].Success ? Given(with, GivenKind.Link, with.Groups["target"].Value)
                        : Given(with, GivenKind.Folder, ""));
                }
                else
                {
                    problems.Add($"{where}: '{line}' says what to make of its name (: TEXT, = wsconf ARGS, -> TARGET, or a / for a folder)");
                }
            }
            else if (entries[^1].Files.Count == 0)
            {
                entries[^1].Text += " " + line;
            }
            else
            {
                problems.Add($"{where}: '{line}' comes after the with lines of its entry");
            }
        }

        return entries;
    }

    private static GivenFile Given(Match with, GivenKind kind, string value) =>
        new(with.Groups["name"].Value, kind, value, with.Groups["mode"].Success ? (UnixFileMode)Convert.ToInt32(with.Groups["mode"].Value, 8) : null);

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private sealed record Entry(int Line, string Keyword, string Text)
    {
        public string Text { get; set; } = Text;

        public List<GivenFile> Files { get; } = [];
    }
}
