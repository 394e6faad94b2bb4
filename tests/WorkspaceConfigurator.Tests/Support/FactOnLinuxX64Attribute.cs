using System.Runtime.InteropServices;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// A fact that needs linux-x64, the one platform the native tool package is built on: elsewhere it shows as skipped,
/// with the reason, instead of checking less and passing.
/// </summary>
public sealed class FactOnLinuxX64Attribute : FactAttribute
{
    public FactOnLinuxX64Attribute()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            Skip = "needs linux-x64, where the native tool package (wsconf.linux-x64) is built";
        }
    }
}
