namespace WorkspaceConfigurator.Layers.Items;

/// <summary>
/// Changes to a map inside an item (a volume's annotations): entries set or deleted (<c>null</c>), after dropping
/// the existing ones when <see cref="Replace"/> (<c>$patch: replace</c>).
/// </summary>
internal sealed record TextMapEdit(bool Replace, IReadOnlyList<KeyValuePair<string, string?>> Entries)
{
    public ValueMap<string> ApplyTo(ValueMap<string> existing)
    {
        var builder = new List<KeyValuePair<string, string>>();
        if (!Replace)
        {
            builder.AddRange(existing);
        }

        foreach (var (key, value) in Entries)
        {
            var at = builder.FindIndex(e => e.Key == key);
            if (value is null)
            {
                if (at >= 0)
                {
                    builder.RemoveAt(at);
                }
            }
            else if (at >= 0)
            {
                builder[at] = new(key, value);
            }
            else
            {
                builder.Add(new(key, value));
            }
        }

        return builder.ToValueMap();
    }
}
