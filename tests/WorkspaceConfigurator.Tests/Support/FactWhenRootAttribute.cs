namespace WorkspaceConfigurator.Tests.Support;

/// <summary>A fact that needs root: giving a file to another user (chown).</summary>
public sealed class FactWhenRootAttribute : FactAttribute
{
    public FactWhenRootAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            Skip = "needs root on Linux, to give a file to another user";
        }
    }
}
