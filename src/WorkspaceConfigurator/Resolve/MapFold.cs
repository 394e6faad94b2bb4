using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Resolve;

/// <summary>
/// Merges map changes in order, in time linear in their number: a set replaces the value in place or appends a new
/// key, a delete removes it, a clear drops everything so far. Keys keep the place where they were first set (again
/// after a delete: at the end).
/// </summary>
internal sealed class MapFold<T>
{
    private readonly List<Entry?> entries = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    public void Set(string key, T value, SettingSource? source)
    {
        if (index.TryGetValue(key, out var at))
        {
            entries[at] = new Entry(key, value, source);
            return;
        }

        index[key] = entries.Count;
        entries.Add(new Entry(key, value, source));
    }

    public void Apply(MapChange change)
    {
        switch (change.Kind)
        {
            case MapOpKind.Set:
                Set(change.Key!, (T)change.Value!, change.Source);
                break;
            case MapOpKind.Delete:
                if (index.Remove(change.Key!, out var at))
                {
                    entries[at] = null;
                }

                break;
            case MapOpKind.Clear:
                entries.Clear();
                index.Clear();
                break;
        }
    }

    public void ApplyAll(IReadOnlyList<MapChange> changes)
    {
        foreach (var change in changes)
        {
            Apply(change);
        }
    }

    public void SetAll(IEnumerable<KeyValuePair<string, T>> values)
    {
        foreach (var (key, value) in values)
        {
            Set(key, value, null);
        }
    }

    public IEnumerable<Entry> Entries()
    {
        foreach (var entry in entries)
        {
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    public ValueMap<T> ToValueMap()
    {
        var pairs = new KeyValuePair<string, T>[index.Count];
        var at = 0;
        foreach (var entry in entries)
        {
            if (entry is not null)
            {
                pairs[at++] = new(entry.Key, entry.Value);
            }
        }

        return ValueMap<T>.From(pairs);
    }

    /// <summary>One entry and the change that set it (null for a hook's entry).</summary>
    internal sealed record Entry(string Key, T Value, SettingSource? Source);
}
