using System.Text;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// A plain, left-aligned text table for people (two spaces between columns, no trailing spaces), one line per row:
/// cells are escaped (<see cref="Errors.TerminalText"/>), so a plugin path or name holding a line break or a
/// terminal escape cannot split a row or reach the terminal.
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [headers];

    public void Add(params string[] cells) => rows.Add(Array.ConvertAll(cells, Errors.TerminalText.Escape));

    public override string ToString()
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            var line = string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i])));
            builder.Append(line.TrimEnd()).Append('\n');
        }

        return builder.ToString();
    }
}
