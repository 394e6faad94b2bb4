using System.Text;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Engine;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// The <c>--layers</c> part of <c>describe</c>: every setting, map entry and named item with each rung's value,
/// highest first, marked <c>=</c> (wins), <c>-</c> (shadowed) or <c>x</c> (deleted), and its origin.
/// </summary>
internal static class LayerDescription
{
    // Wide enough for an image reference with its tag; a longer value (a script) is cut, as describe shows values, not contents.
    private const int MaxValueWidth = 100;

    private const int MinValueWidth = 20;

    public static string Render(ProfileCatalog catalog, PlannedProfile profile)
    {
        var histories = LayerHistory.Of(catalog, profile);
        var text = new StringBuilder("\nLayers (highest first; = wins, - is shadowed, x deletes)\n");
        foreach (var history in histories)
        {
            // Values line up within a field; a short field is not spread by another's long value.
            var width = MinValueWidth;
            foreach (var line in history.Lines)
            {
                width = Math.Max(width, Shown(line).Length);
            }

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

    private static string Shown(LayerLine line)
    {
        var shown = line.Shown.ReplaceLineEndings(" ");
        return shown.Length > MaxValueWidth ? shown[..(MaxValueWidth - 1)] + "…" : shown;
    }
}
