namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>
/// A test that needs a folder wsconf may not read. Permission bits do not stop root, so as root the test runs wsconf
/// through setpriv without the capabilities that let root read anything (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH);
/// where neither works (Windows, root without setpriv) the test is skipped, saying why.
/// </summary>
public sealed class UnreadableFolderFactAttribute : FactAttribute
{
    public UnreadableFolderFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix permission bits are needed to make a folder unreadable";
        }
        else if (IsRoot && !File.Exists("/usr/bin/setpriv") && !File.Exists("/bin/setpriv"))
        {
            Skip = "running as root, which reads any folder, and setpriv (util-linux) is not installed to drop that capability";
        }
    }

    public static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";
}
