using System.Reflection;
using WorkspaceConfigurator.Tests.Support;
using Xunit.Sdk;

namespace WorkspaceConfigurator.Tests.Build.Lifecycle;

/// <summary>
/// One theory row per shell the script must run under: "sh" is /bin/sh, "busybox" is busybox sh. A row whose shell
/// or tools (git) the machine lacks is skipped, with the reason, when the test is discovered: it shows as skipped,
/// never as passed (the mechanism of <see cref="FactWhenInstalledAttribute"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ShellAttribute : DataAttribute
{
    private bool asRoot;

    public ShellAttribute(string shell, params string[] tools)
    {
        Shell = shell;
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux";
            return;
        }

        foreach (var tool in (shell == "busybox" ? ["busybox"] : Array.Empty<string>()).Concat(tools))
        {
            if (!Programs.IsInstalled(tool))
            {
                Skip ??= $"needs {tool}, which this machine does not have";
            }
        }
    }

    public string Shell { get; }

    /// <summary>The row needs root (to give a folder to another user).</summary>
    public bool AsRoot
    {
        get => asRoot;
        set
        {
            asRoot = value;
            if (value && !Environment.IsPrivilegedProcess)
            {
                Skip ??= "needs root, to give a folder to another user";
            }
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Shell]];
}
