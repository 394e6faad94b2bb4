using System.Diagnostics;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>Mounts for the tests, each undone on dispose.</summary>
internal static class Mounts
{
    public static IDisposable Tmpfs(string folder) => Mount(folder, "-t", "tmpfs", "wsconf-test", folder);

    public static IDisposable Bind(string source, string target) => Mount(target, "--bind", source, target);

    /// <summary>The folder, bound onto itself and made read-only: files in it cannot be created, renamed or (unless mounted over) written.</summary>
    public static IDisposable ReadOnly(string folder)
    {
        var bind = Bind(folder, folder);
        Check(Run("mount", "-o", "remount,ro,bind", folder));
        return bind;
    }

    public static IDisposable Overlay(string lower, string upper, string work, string merged) =>
        Mount(merged, "-t", "overlay", "wsconf-test", "-o", $"lowerdir={lower},upperdir={upper},workdir={work}", merged);

    public static (int Exit, string Error) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ToolMissingException($"'{tool}' cannot be run: {e.Message}");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
    }

    private static IDisposable Mount(string target, params string[] args)
    {
        Check(Run("mount", args));
        return new Unmount(target);
    }

    private static void Check((int Exit, string Error) result)
    {
        if (result.Exit != 0)
        {
            throw new InvalidOperationException($"mount failed: {result.Error}");
        }
    }

    private sealed class Unmount(string target) : IDisposable
    {
        public void Dispose() => Run("umount", "-l", target);
    }
}
