namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>A process run of wsconf: its exit code (null when it hung and was killed), its output and how long it took.</summary>
public sealed record ProcessResult(int? ExitCode, string Out, string Error, TimeSpan Elapsed)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public CliResult AsCliResult() => new(ExitCode ?? -1, Out, Error);
}
