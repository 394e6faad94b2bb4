using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Build.Lifecycle;

/// <summary>What the script printed and how it exited; <see cref="Log"/> is its own lines, without other tools' output.</summary>
internal sealed record ScriptResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> Log => ErrorLines.Where(l => l.StartsWith("wsconf startup: ", StringComparison.Ordinal)).ToList();
}
