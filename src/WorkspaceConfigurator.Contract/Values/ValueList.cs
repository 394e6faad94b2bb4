namespace WorkspaceConfigurator.Contract;

public static class ValueList
{
    public static ValueList<T> Of<T>(params T[] items) => new(items);

    /// <summary>What a collection expression makes: <c>ValueList&lt;string&gt; groups = ["staff"];</c>.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => new(items);

    /// <summary>Each item mapped, in order.</summary>
    public static ValueList<TOut> From<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var mapped = new TOut[items.Count];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map(items[i]);
        }

        return new(mapped);
    }
}
