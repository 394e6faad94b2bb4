namespace WorkspaceConfigurator.Tests.Support;

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
