namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// Facts that need something of the machine. xunit 2 has no skip from inside a test, so the condition is checked
/// when the test is discovered and sets <see cref="FactAttribute.Skip"/>: the test then shows as skipped, with the
/// reason, in the summary, instead of passing without having run.
/// </summary>
public sealed class FactOnLinuxAttribute : FactAttribute
{
    public FactOnLinuxAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (pipes, devices, signals and file modes as Linux has them)";
        }
    }
}
