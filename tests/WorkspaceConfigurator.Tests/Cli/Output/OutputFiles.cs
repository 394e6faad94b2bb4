using System.Globalization;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>Small file-system helpers of the output tests, each done the way a shell user would (stat, mkfifo, chown).</summary>
internal static class OutputFiles
{
    /// <summary>A run that builds one profile without warnings.</summary>
    public static readonly string[] DumpConfig = ["dump-config", "--profile", "coder", "--groups", "staff"];

    public static CliResult Run(params string[] more) => CliRunner.Run([.. DumpConfig, .. more]);

    /// <summary>The expected bytes of <see cref="DumpConfig"/>.</summary>
    public static string Expected => CliRunner.Run(DumpConfig).Out;

    public static void SetMode(string path, string octal)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("file modes are Unix's");
        }

        File.SetUnixFileMode(path, (UnixFileMode)Convert.ToInt32(octal, 8));
    }

    public static string Mode(string path) => Stat(path, "%a");

    public static string Owner(string path) => Stat(path, "%u:%g");

    public static string Kind(string path) => Stat(path, "%F");

    public static string Inode(string path) => Stat(path, "%i");

    public static void Chown(string path, string owner) => Tool("chown", owner, path);

    public static void MakeFifo(string path) => Tool("mkfifo", path);

    /// <summary>The hidden entries of a folder: temporary files and folders of wsconf (whatever their naming) are hidden, and none must survive a run.</summary>
    public static List<string> Hidden(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(p => Path.GetFileName(p)).Where(n => n.StartsWith('.'))];

    /// <summary>The id of a process that has ended, as a killed run's would be.</summary>
    public static int EndedProcessId()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        var id = process.Id;
        return Directory.Exists(string.Create(CultureInfo.InvariantCulture, $"/proc/{id}")) ? EndedProcessId() : id;
    }

    private static string Stat(string path, string format)
    {
        var start = new System.Diagnostics.ProcessStartInfo("stat") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", format, path })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text;
    }

    private static void Tool(string tool, params string[] args)
    {
        var (exit, error) = Mounts.Run(tool, args);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {error}");
        }
    }
}
