namespace WorkspaceConfigurator.Tests.Support;

/// <summary>A theory of <see cref="FactOnLinuxAttribute"/>.</summary>
public sealed class TheoryOnLinuxAttribute : TheoryAttribute
{
    public TheoryOnLinuxAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (file modes as Linux has them)";
        }
    }
}
