namespace WorkspaceConfigurator.Check;

/// <summary>Grouping by a string key, each group a list the rules can index (the first and last declaration).</summary>
internal static class Grouping
{
    /// <summary>The items grouped by key (ordinal), groups in the order their key first occurs, items in their order.</summary>
    public static List<List<T>> ByKey<T>(IReadOnlyList<T> items, Func<T, string> key)
        where T : class
    {
        var groups = new List<List<T>>();
        var byKey = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!byKey.TryGetValue(key(item), out var group))
            {
                group = [];
                byKey.Add(key(item), group);
                groups.Add(group);
            }

            group.Add(item);
        }

        return groups;
    }
}
