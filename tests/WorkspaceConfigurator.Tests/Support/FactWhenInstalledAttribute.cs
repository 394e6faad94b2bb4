namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// A fact that runs a program (strace, shellcheck, kubectl) which this machine may not have: skipped, with the reason,
/// where it is not on the PATH.
/// </summary>
public sealed class FactWhenInstalledAttribute : FactAttribute
{
    public FactWhenInstalledAttribute(string program)
    {
        if (!Programs.IsInstalled(program))
        {
            Skip = $"needs {program} on the PATH";
        }
    }
}
