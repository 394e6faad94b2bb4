namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>What a command may touch: its output streams and the environment (injected so tests run in-process, in parallel).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> GetEnvironmentVariable)
{
    public void Warn(string message) => Error.WriteLine($"warning: {message}");
}
