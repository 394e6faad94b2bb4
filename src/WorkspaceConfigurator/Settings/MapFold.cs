using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Settings;

/// <summary>
/// Merges map changes in order, in time linear in their number: a set replaces the value in place or appends a new
/// key, a delete removes it, a clear drops everything so far. Keys keep the place where they were first set (again
/// after a delete: at the end).
/// </summary>
internal sealed class MapFold<T>
{
    private readonly List<(string Key, T Value, SettingSource? Source)?> entries = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    public void Set(string key, T value, SettingSource? source)
    {
        if (index.TryGetValue(key, out var at))
        {
            entries[at] = (key, value, source);
            return;
        }

        index[key] = entries.Count;
        entries.Add((key, value, source));
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

    public IEnumerable<(string Key, T Value, SettingSource? Source)> Entries()
    {
        foreach (var entry in entries)
        {
            if (entry is { } present)
            {
                yield return present;
            }
        }
    }

    public ValueMap<T> ToValueMap()
    {
        var pairs = new List<KeyValuePair<string, T>>(index.Count);
        foreach (var (key, value, _) in Entries())
        {
            pairs.Add(new(key, value));
        }

        return ValueMap<T>.From(pairs);
    }
}
