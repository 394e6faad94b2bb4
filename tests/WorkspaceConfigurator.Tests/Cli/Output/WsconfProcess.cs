using System.Diagnostics;

namespace WorkspaceConfigurator.Tests.Cli.Output;

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

    public static WsconfProcess Start(params string[] args) => StartUnder([], args);

    /// <summary>Starts wsconf as the child of <paramref name="tool"/> (e.g. strace with its options); <see cref="Id"/> is then the tool's.</summary>
    public static WsconfProcess StartUnder(string[] tool, string[] args)
    {
        // A test run started in the background of a script inherits SIGINT ignored, and so would wsconf (.NET keeps an
        // ignored signal ignored): env puts it back to the default, as an interactive shell does for its commands.
        // env execs, so the process id stays the one started here.
        var command = new[] { "env", "--default-signal=INT" }.Concat(tool).Concat([DotnetHost(), Path.Combine(AppContext.BaseDirectory, "wsconf.dll")]).Concat(args).ToList();
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        return new WsconfProcess(start);
    }

    /// <summary>The id of wsconf started by <see cref="StartUnder"/>'s tool (which may start short-lived children of its own first).</summary>
    public int ChildId()
    {
        var children = $"/proc/{Id}/task/{Id}/children";
        for (var wait = 0; wait < 10_000; wait += 5)
        {
            foreach (var child in File.Exists(children) ? File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                try
                {
                    // Before its exec, a child still has the tool's command line, which names wsconf.dll too.
                    if (File.ReadAllText($"/proc/{child}/cmdline").Split('\0') is [var program, var dll, ..] && program == DotnetHost() && dll.EndsWith("wsconf.dll", StringComparison.Ordinal))
                    {
                        return int.Parse(child, System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
                catch (IOException)
                {
                    // A child that ended while we looked.
                }
            }

            Thread.Sleep(5);
        }

        throw new TimeoutException($"process {Id} started no wsconf");
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

    /// <summary>Sends SIGTERM or SIGINT to a process with kill(2).</summary>
    public static void Signal(int id, string name)
    {
        if (KillCall(id, name switch { "TERM" => 15, "INT" => 2, _ => throw new ArgumentException(name) }) != 0)
        {
            throw new InvalidOperationException($"kill({id}, SIG{name}) failed: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
        }
    }

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

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int KillCall(int pid, int signal);

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
