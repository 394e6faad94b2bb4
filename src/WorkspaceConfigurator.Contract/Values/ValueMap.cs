namespace WorkspaceConfigurator.Contract;

public static class ValueMap
{
    public static ValueMap<TValue> ToValueMap<TValue>(this IEnumerable<KeyValuePair<string, TValue>> entries) => ValueMap<TValue>.From(entries);

    public static ValueMap<TValue> Of<TValue>(params (string Key, TValue Value)[] entries)
    {
        var builder = new ValueMap<TValue>.Builder();
        foreach (var (key, value) in entries)
        {
            builder.Add(new(key, value));
        }

        return builder.Build();
    }
}
