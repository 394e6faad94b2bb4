using System.Text;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Engine;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// The <c>--layers</c> part of <c>describe</c>: every setting, map entry and named item with each rung's value,
/// highest first, marked <c>=</c> (wins), <c>-</c> (shadowed) or <c>x</c> (deleted), and its origin.
/// </summary>
public static class LayerDescription
{
    private const int MaxValueWidth = 40;

    public static string Render(ProfileCatalog catalog, PlannedProfile profile)
    {
        var histories = LayerHistory.Of(catalog, profile);
        var width = 0;
        foreach (var history in histories)
        {
            foreach (var line in history.Lines)
            {
                width = Math.Max(width, Math.Min(MaxValueWidth, Shown(line).Length));
            }
        }

        var text = new StringBuilder("\nLayers (highest first; = wins, - is shadowed, x deletes)\n");
        foreach (var history in histories)
        {
            text.Append("  ").Append(history.Field).Append('\n');
            if (history.Lines.Count == 0)
            {
                text.Append("    (not set by any layer)\n");
            }

            foreach (var line in history.Lines)
            {
                var mark = line.Kind switch
                {
                    LayerLineKind.Winner => '=',
                    LayerLineKind.Deleted => 'x',
                    _ => '-',
                };
                text.Append("    ").Append(mark).Append(' ').Append(Shown(line).PadRight(width)).Append("  ").Append(line.Origin).Append('\n');
            }
        }

        return text.ToString();
    }

    // One line per value: a long or multi-line value is cut, as describe shows values, not contents.
    private static string Shown(LayerLine line)
    {
        var shown = line.Shown.ReplaceLineEndings(" ");
        return shown.Length > MaxValueWidth ? shown[..(MaxValueWidth - 1)] + "…" : shown;
    }
}
