using WorkspaceConfigurator.Cli;

namespace WorkspaceConfigurator.Tests.Plugins;

/// <summary>One in-process run of the CLI: its exit code and what it wrote.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>The lines of stderr (an error must be exactly one).</summary>
    public IReadOnlyList<string> ErrorLines => Error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <see cref="WsconfCli"/> in-process with an environment of its own, never the real one.</summary>
public static class PluginCli
{
    public static CliResult Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    public static CliResult Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = WsconfCli.Run(args, stdout, stderr, name => environment.TryGetValue(name, out var value) ? value : null);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
