namespace WorkspaceConfigurator.Diff;

/// <summary>
/// A mapping. Two maps are equal when they hold the same keys with equal values, in whatever order: YAML's mappings
/// are unordered, and a file written again with sorted keys means the same to the hub. <see cref="Entries"/> keeps
/// the file's order, for showing.
/// </summary>
internal sealed record HubMap(ValueList<HubEntry> Entries) : HubValue
{
    public static HubMap Empty { get; } = new(ValueList<HubEntry>.Empty);

    // Keys are unique (the reader refuses a key given twice), so the same count and every key equal is the same map.
    public bool Equals(HubMap? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Entries.Count != Entries.Count)
        {
            return false;
        }

        foreach (var entry in Entries)
        {
            if (other[entry.Key] is not { } value || !entry.Value.Equals(value))
            {
                return false;
            }
        }

        return true;
    }

    // Independent of the order, as Equals is.
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var entry in Entries)
        {
            hash ^= HashCode.Combine(entry.Key, entry.Value);
        }

        return hash;
    }

    public HubValue? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The text of a scalar entry; null when it is absent, null or not a scalar.</summary>
    public string? Text(string key) => this[key] is HubText { Text: { } text } ? text : null;
}
