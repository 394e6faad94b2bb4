using System.Diagnostics;

namespace WorkspaceConfigurator.Tests.Output;

/// <summary>
/// The built wsconf as a process of its own, for what an in-process run cannot show: signals, and the real
/// stdout of a shell redirection.
/// </summary>
internal sealed class WsconfProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private WsconfProcess(ProcessStartInfo start)
    {
        process = Process.Start(start)!;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    public int Id => process.Id;

    /// <summary>The command that runs wsconf, for a shell line.</summary>
    public static string CommandLine => $"'{DotnetHost()}' '{Path.Combine(AppContext.BaseDirectory, "wsconf.dll")}'";

    public static WsconfProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wsconf.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new WsconfProcess(start);
    }

    /// <summary>Runs a shell line (with <see cref="CommandLine"/> in it) to its end.</summary>
    public static (int Exit, string Out, string Error) Shell(string line)
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(line);
        using var shell = new WsconfProcess(start);
        return shell.WaitForExit();
    }

    /// <summary>Sends a signal by name (TERM, INT), as kill(1) does.</summary>
    public void Signal(string name) => Mounts.Run("kill", "-s", name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public bool HasExited => process.HasExited;

    public (int Exit, string Out, string Error) WaitForExit()
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("wsconf did not end within 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    // The dotnet executable running these tests, else the one on PATH.
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
