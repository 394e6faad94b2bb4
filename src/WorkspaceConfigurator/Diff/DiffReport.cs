namespace WorkspaceConfigurator.Diff;

/// <summary>Every change between two config.yml files, and what they add up to.</summary>
internal sealed record DiffReport(IReadOnlyList<Change> Changes)
{
    public int Count(ChangeClass kind) => Changes.Count(c => c.Class == kind);

    /// <summary>How many profiles have at least one change.</summary>
    public int ProfileCount => Changes.Select(c => c.Profile).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// 0 when no change is at or above <paramref name="failOn"/>; otherwise 4 when any change loses data (whether or
    /// not it is the one that crossed the threshold: a gate that fails should say the worst), else 3.
    /// </summary>
    public int ExitCode(ChangeClass failOn) =>
        !Changes.Any(c => c.Class >= failOn) ? 0
        : Changes.Any(c => c.Class == ChangeClass.DataLoss) ? DiffExitCodes.DataLoss
        : DiffExitCodes.Changes;
}
