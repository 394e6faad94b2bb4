namespace WorkspaceConfigurator.Errors;

/// <summary>"Did you mean" candidates by edit distance (and prefix), closest first, ties in ordinal order.</summary>
internal static class Suggestions
{
    public static IEnumerable<string> Closest(string input, IEnumerable<string> candidates, int max)
    {
        var limit = Math.Max(2, input.Length / 3);
        var names = new List<string>();
        var distances = new List<int>();
        foreach (var candidate in candidates)
        {
            // A name typed in part (cod -> coder) is close; a longer name that starts with a candidate (coder-gpuu) is as
            // far as its edits, so that the candidate it nearly spells (coder-gpu) comes before the shorter one.
            var distance = candidate.StartsWith(input, StringComparison.Ordinal) ? 1 : Distance(input, candidate);
            if (distance <= limit)
            {
                // An insertion sort keeps equal candidates in the order given, as a stable sort would.
                var at = names.Count;
                while (at > 0 && Before(distance, candidate, distances[at - 1], names[at - 1]))
                {
                    at--;
                }

                names.Insert(at, candidate);
                distances.Insert(at, distance);
            }
        }

        return names.Count > max ? names.GetRange(0, Math.Max(max, 0)) : names;
    }

    private static bool Before(int distance, string name, int otherDistance, string otherName) =>
        distance < otherDistance || (distance == otherDistance && string.CompareOrdinal(name, otherName) < 0);

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
