using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary>The error line of a refused values file, and the file it should name.</summary>
internal sealed record Refusal(string Error, string File)
{
    /// <summary>
    /// The line reads <c>error: FILE:LINE:COL: PATH: problem</c> (no <c>PATH: </c> when the culprit is the file
    /// itself, a syntax error or an unreadable file), with each fragment in the problem.
    /// </summary>
    public Refusal At(int line, int column, string path, params string[] fragments)
    {
        var prefix = path.Length == 0 ? $"error: {File}:{line}:{column}: " : $"error: {File}:{line}:{column}: {path}: ";
        Error.Should().StartWith(prefix);
        var problem = Error[prefix.Length..];
        foreach (var fragment in fragments)
        {
            problem.Should().Contain(fragment);
        }

        return this;
    }
}
