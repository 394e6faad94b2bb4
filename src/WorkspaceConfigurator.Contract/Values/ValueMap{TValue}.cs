using System.Collections;
using System.Text;

namespace WorkspaceConfigurator.Contract;

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

    public IEnumerable<string> Keys
    {
        get
        {
            var keys = new string[entries.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                keys[i] = entries[i].Key;
            }

            return keys;
        }
    }

    /// <summary>Builds a map from entries; a later entry with the same key replaces the earlier one in place.</summary>
    public static ValueMap<TValue> From(IEnumerable<KeyValuePair<string, TValue>> source) => new Builder().AddAll(source).Build();

    // Linear in the entries: a key index once the map is no longer small.
    internal sealed class Builder
    {
        private const int IndexFrom = 8;
        private KeyValuePair<string, TValue>[]? items;
        private int count;
        private Dictionary<string, int>? index;

        public Builder AddAll(IEnumerable<KeyValuePair<string, TValue>> source)
        {
            switch (source)
            {
                case ValueMap<TValue> map:
                    return AddAll(map.entries);
                case KeyValuePair<string, TValue>[] array:
                    return AddAll(array);
            }

            foreach (var entry in source)
            {
                Add(entry);
            }

            return this;
        }

        private Builder AddAll(KeyValuePair<string, TValue>[] source)
        {
            items ??= new KeyValuePair<string, TValue>[Math.Max(source.Length, 1)];
            foreach (var entry in source)
            {
                Add(entry);
            }

            return this;
        }

        public ValueMap<TValue> Build()
        {
            if (count == 0)
            {
                return Empty;
            }

            var result = new KeyValuePair<string, TValue>[count];
            Array.Copy(items!, result, count);
            return new ValueMap<TValue>(result);
        }

        public void Add(KeyValuePair<string, TValue> entry)
        {
            items ??= new KeyValuePair<string, TValue>[4];
            var at = Find(entry.Key);
            if (at >= 0)
            {
                items![at] = entry;
                return;
            }

            if (count == items!.Length)
            {
                var larger = new KeyValuePair<string, TValue>[count * 2];
                Array.Copy(items, larger, count);
                items = larger;
            }

            items![count] = entry;
            index?.Add(entry.Key, count);
            count++;
            if (index is null && count == IndexFrom)
            {
                index = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    index[items![i].Key] = i;
                }
            }
        }

        private int Find(string key)
        {
            if (index is not null)
            {
                return index.TryGetValue(key, out var at) ? at : -1;
            }

            for (var i = 0; i < count; i++)
            {
                if (string.Equals(items![i].Key, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
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
    internal ValueMap<TValue> Merge(IEnumerable<KeyValuePair<string, TValue>> overlay) => new Builder().AddAll(entries).AddAll(overlay).Build();

    public ValueMap<TValue> Set(string key, TValue value)
    {
        var builder = new Builder().AddAll(entries);
        builder.Add(new(key, value));
        return builder.Build();
    }

    public ValueMap<TValue> Remove(string key)
    {
        var kept = new Builder();
        foreach (var entry in entries)
        {
            if (!string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                kept.Add(entry);
            }
        }

        return kept.Build();
    }

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

    public override string ToString()
    {
        var text = new StringBuilder("{");
        for (var i = 0; i < entries.Length; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(entries[i].Key).Append(": ").Append(entries[i].Value);
        }

        return text.Append('}').ToString();
    }
}
