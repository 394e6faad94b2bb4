using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>What a command may touch: its streams, the environment and its temporary files (injected so tests run in-process, in parallel).</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>Standard input, opened when a command reads it (<c>-f -</c>).</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    /// <summary>How plugins are contained (console capture, watchdog, exit and crash reports); null runs them bare.</summary>
    public Plugins.PluginHost? Plugins { get; init; }

    /// <summary>The temporary files of output being written, deleted on SIGINT and SIGTERM (Program.cs).</summary>
    public TempFiles Temps { get; init; } = new();

    /// <summary>A warning or note on stderr, one line (a finding escapes the user text it quotes).</summary>
    public void Report(Finding finding) => Error.WriteLine(finding.ToLine());
}
