namespace WorkspaceConfigurator.Tests.Output;

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

/// <summary>A fact that mounts file systems (tmpfs, bind mounts, overlay): it needs root and a system that lets it mount.</summary>
public sealed class FactWhenMountableAttribute : FactAttribute
{
    public FactWhenMountableAttribute(params string[] fileSystems)
    {
        if (MountProbe.Problem.Value is { } problem)
        {
            Skip = $"needs mount privileges: {problem}";
            return;
        }

        Skip ??= fileSystems.Length == 0 ? null : MissingFileSystem(fileSystems);
    }

    /// <summary>A tool the test runs as well (strace), skipped without it.</summary>
    public string? Tool
    {
        get => null;
        set
        {
            if (value is not null && !Programs.IsInstalled(value))
            {
                Skip ??= $"needs {value}";
            }
        }
    }

    private static string? MissingFileSystem(string[] fileSystems)
    {
        foreach (var fileSystem in fileSystems)
        {
            if (!File.ReadAllText("/proc/filesystems").Split('\n').Any(l => l.Split('\t').Last() == fileSystem))
            {
                return $"needs the {fileSystem} file system, which this kernel does not offer";
            }
        }

        return null;
    }
}

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

/// <summary>A fact that needs a device or file of the machine (e.g. /dev/full): skipped, with the reason, where it is missing.</summary>
public sealed class FactWithFileAttribute : FactAttribute
{
    public FactWithFileAttribute(string path)
    {
        if (!File.Exists(path))
        {
            Skip = $"needs {path}";
        }
    }
}

/// <summary>Programs on the PATH: the one lookup the conditional tests use. Empty entries are left out (they would mean the current folder).</summary>
internal static class Programs
{
    public static string? Find(string program) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(p => Path.Combine(p, program))
        .FirstOrDefault(File.Exists);

    public static bool IsInstalled(string program) => Find(program) is not null;
}
