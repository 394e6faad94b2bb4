using System.Collections;

namespace WorkspaceConfigurator.Values;

/// <summary>
/// An immutable map that keeps insertion order (output order is part of the contract) and compares by content.
/// </summary>
public sealed class ValueMap<TValue> : IReadOnlyList<KeyValuePair<string, TValue>>, IEquatable<ValueMap<TValue>>
{
    private readonly KeyValuePair<string, TValue>[] entries;

    private ValueMap(KeyValuePair<string, TValue>[] entries) => this.entries = entries;

    public static ValueMap<TValue> Empty { get; } = new([]);

    public int Count => entries.Length;

    public KeyValuePair<string, TValue> this[int index] => entries[index];

    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    /// <summary>Builds a map from entries; a later entry with the same key replaces the earlier one in place.</summary>
    public static ValueMap<TValue> From(IEnumerable<KeyValuePair<string, TValue>> source)
    {
        var list = new List<KeyValuePair<string, TValue>>();
        foreach (var entry in source)
        {
            var at = list.FindIndex(e => e.Key == entry.Key);
            if (at >= 0)
            {
                list[at] = entry;
            }
            else
            {
                list.Add(entry);
            }
        }

        return new ValueMap<TValue>(list.ToArray());
    }

    public bool TryGetValue(string key, out TValue value)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>This map with <paramref name="overlay"/>'s entries on top (the overlay wins, new keys go last).</summary>
    public ValueMap<TValue> Merge(IEnumerable<KeyValuePair<string, TValue>> overlay) => From(entries.Concat(overlay));

    public ValueMap<TValue> Set(string key, TValue value) => Merge([new(key, value)]);

    public ValueMap<TValue> Remove(string key) => new(entries.Where(e => e.Key != key).ToArray());

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => entries.GetEnumerator();

    public bool Equals(ValueMap<TValue>? other)
    {
        if (other is null || other.entries.Length != entries.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Key != other.entries[i].Key || !comparer.Equals(entries[i].Value, other.entries[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueMap<TValue>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in entries)
        {
            hash.Add(entry.Key);
            hash.Add(entry.Value);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "{" + string.Join(", ", entries.Select(e => $"{e.Key}: {e.Value}")) + "}";
}

public static class ValueMap
{
    public static ValueMap<TValue> ToValueMap<TValue>(this IEnumerable<KeyValuePair<string, TValue>> entries) => ValueMap<TValue>.From(entries);

    public static ValueMap<TValue> Of<TValue>(params (string Key, TValue Value)[] entries) =>
        ValueMap<TValue>.From(entries.Select(e => new KeyValuePair<string, TValue>(e.Key, e.Value)));
}
