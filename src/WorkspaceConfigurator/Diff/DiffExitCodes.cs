namespace WorkspaceConfigurator.Diff;

/// <summary>The exit codes of <c>wsconf diff</c>, beside 1 (an error) and 2 (a usage error).</summary>
internal static class DiffExitCodes
{
    /// <summary>Changes at or above the threshold, none of them losing data.</summary>
    public const int Changes = 3;

    /// <summary>A change at or above the threshold, and one that loses data.</summary>
    public const int DataLoss = 4;
}
