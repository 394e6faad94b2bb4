using WorkspaceConfigurator.Tests.Cli.Output;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>Whether this process may mount: one tmpfs mounted and unmounted, once per test run.</summary>
internal static class MountProbe
{
    public static readonly Lazy<string?> Problem = new(Probe);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "not root";
        }

        var folder = Path.Combine(Path.GetTempPath(), "wsconf-mount-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (exit, error) = Mounts.Run("mount", "-t", "tmpfs", "wsconf-probe", folder);
            if (exit != 0)
            {
                return $"'mount -t tmpfs' failed: {error.Trim()}";
            }

            Mounts.Run("umount", folder);
            return null;
        }
        catch (ToolMissingException e)
        {
            return e.Message;
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
