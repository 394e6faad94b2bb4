using WorkspaceConfigurator.Cli;

namespace WorkspaceConfigurator.Tests.Cli;

/// <summary>Runs wsconf in-process with its own output streams and a fake environment, so tests can run in parallel.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    public static CliResult Run(IReadOnlyDictionary<string, string> environment, params string[] args) => RunWithInput("", environment, args);

    /// <summary>A run whose standard input holds <paramref name="input"/> (for -f -).</summary>
    public static CliResult RunWithInput(string input, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = WsconfCli.Run(args, stdout, stderr, name => environment.TryGetValue(name, out var value) ? value : null,
            () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input)));
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}
