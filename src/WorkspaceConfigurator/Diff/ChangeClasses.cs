namespace WorkspaceConfigurator.Diff;

internal static class ChangeClasses
{
    public static IReadOnlyList<ChangeClass> All { get; } = [ChangeClass.NextStart, ChangeClass.NotApplied, ChangeClass.DataLoss];

    /// <summary>The machine name: JSON, <c>--fail-on</c>.</summary>
    public static string Name(this ChangeClass kind) => kind switch
    {
        ChangeClass.NextStart => "next-start",
        ChangeClass.NotApplied => "not-applied",
        ChangeClass.DataLoss => "data-loss",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The label of a change line.</summary>
    public static string Label(this ChangeClass kind) => kind switch
    {
        ChangeClass.NextStart => "next start",
        ChangeClass.NotApplied => "not applied",
        ChangeClass.DataLoss => "data loss",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The words of the summary line.</summary>
    public static string SummaryName(this ChangeClass kind) => kind == ChangeClass.NotApplied ? "not applied to existing users" : kind.Label();

    public static ChangeClass? Parse(string name)
    {
        foreach (var kind in All)
        {
            if (kind.Name() == name)
            {
                return kind;
            }
        }

        return null;
    }
}
