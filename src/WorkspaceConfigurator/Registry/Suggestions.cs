namespace WorkspaceConfigurator.Registry;

/// <summary>"Did you mean" candidates by edit distance (and prefix), closest first, ties in ordinal order.</summary>
public static class Suggestions
{
    public static IEnumerable<string> Closest(string input, IEnumerable<string> candidates, int max)
    {
        var limit = Math.Max(2, input.Length / 3);
        return candidates
            .Select(c => (Name: c, Distance: c.StartsWith(input, StringComparison.Ordinal) || input.StartsWith(c, StringComparison.Ordinal) ? 1 : Distance(input, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Name);
    }

    /// <summary>Levenshtein distance with '_' and '-' treated as the same character.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static bool Same(char x, char y) => x == y || (x is '_' or '-' && y is '_' or '-');
}
