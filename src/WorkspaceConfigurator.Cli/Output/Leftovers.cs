using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// The hidden names of a run's temporary files and folders, <c>.wsconf-PID-HEX.tmp</c> (a file or staging folder
/// being written) and <c>.wsconf-PID-HEX.old</c> (profile folders moved aside), and the repair of those that a killed
/// run left behind (SIGKILL, a power cut: signals wsconf can catch leave nothing). The names are short whatever the
/// target's name, so a target of 255 bytes can have one beside it; the process id says when the owner is gone.
/// </summary>
internal static partial class Leftovers
{
    /// <summary>A fresh name for a temporary file or staging folder.</summary>
    public static string NewTemporaryName() => NewName("tmp");

    /// <summary>A fresh name for a folder that holds profile folders moved aside.</summary>
    public static string NewAsideName() => NewName("old");

    /// <summary>Deletes the temporary files and staging folders in <paramref name="folder"/> whose run has ended.</summary>
    public static void RemoveFrom(string folder)
    {
        foreach (var (path, kind) in Ended(folder))
        {
            if (kind == "tmp")
            {
                TryDelete(path);
            }
        }
    }

    /// <summary>
    /// Repairs an output folder after a killed run: profile folders it had moved aside go back where their place is
    /// empty (the run died between its two renames), the rest of what it left is deleted.
    /// </summary>
    public static void Repair(string outputFolder)
    {
        foreach (var (path, kind) in Ended(outputFolder))
        {
            if (kind == "old")
            {
                foreach (var aside in SafeEntries(path))
                {
                    var place = Path.Combine(outputFolder, Path.GetFileName(aside));
                    if (!Path.Exists(place))
                    {
                        Renames.Rename(aside, place);
                    }
                }
            }

            TryDelete(path);
        }
    }

    private static string NewName(string kind) =>
        string.Create(CultureInfo.InvariantCulture, $".wsconf-{Environment.ProcessId}-{RandomNumberGenerator.GetHexString(8, lowercase: true)}.{kind}");

    // Leftovers of runs that ended: this process's own and those of running processes are in use.
    private static IEnumerable<(string Path, string Kind)> Ended(string folder)
    {
        foreach (var entry in SafeEntries(folder, ".wsconf-*"))
        {
            var match = NamePattern().Match(Path.GetFileName(entry));
            if (match.Success && int.TryParse(match.Groups["pid"].Value, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                yield return (entry, match.Groups["kind"].Value);
            }
        }
    }

    // A process id is only meaningful in this pid namespace: two containers writing into one shared folder see each
    // other's runs as ended. That costs the other run its temporary, never an output file or folder.
    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}"));
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string[] SafeEntries(string folder, string pattern = "*")
    {
        try
        {
            return Directory.GetFileSystemEntries(folder, pattern);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder: nothing can be repaired there, and the command reports its own error if it matters.
            return [];
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path) && !File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for a later run: a leftover is hidden and harmless.
        }
    }

    [GeneratedRegex(@"^\.wsconf-(?<pid>[0-9]{1,10})-[0-9a-f]{8}\.(?<kind>tmp|old)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
