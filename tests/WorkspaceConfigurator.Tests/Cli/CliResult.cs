namespace WorkspaceConfigurator.Tests.Cli;

/// <summary>The outcome of one in-process run of wsconf.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
