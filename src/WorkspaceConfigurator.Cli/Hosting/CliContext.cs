namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>What a command may touch: its streams and the environment (injected so tests run in-process, in parallel).</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>Standard input, opened when a command reads it (<c>-f -</c>).</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    // User text in a warning is escaped here, once for every warning: it cannot break the line or reach the terminal.
    public void Warn(string message) => Error.WriteLine($"warning: {Errors.TerminalText.Escape(message)}");
}
