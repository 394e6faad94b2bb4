using System.Diagnostics;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>
/// Runs the built wsconf as a process of its own (<c>dotnet wsconf.dll</c>), for what only a process shows: its exit
/// code when a plugin ends it, aborts it or leaves a thread behind, and the console as the process really has it.
/// </summary>
public static class WsconfProcess
{
    /// <summary>Far above any limit a test sets: a run that takes this long hangs, and is killed.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "wsconf.dll");

    /// <summary>Runs wsconf with <paramref name="args"/>; <paramref name="wrapper"/> (e.g. setpriv and its options) runs it when given.</summary>
    public static ProcessResult Run(IReadOnlyDictionary<string, string>? environment, string[] args, string[]? wrapper = null)
    {
        var command = new List<string>(wrapper ?? []) { PluginBuilds.DotnetHost(), Dll };
        command.AddRange(args);
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // No plugin settings from the environment of the test run.
        start.Environment.Remove("WSCONF_PROFILES_DIR");
        start.Environment.Remove("WSCONF_PLUGIN_TIMEOUT");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wsconf did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(null, output.Result, error.Result, clock.Elapsed);
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result, error.Result, clock.Elapsed);
    }
}
