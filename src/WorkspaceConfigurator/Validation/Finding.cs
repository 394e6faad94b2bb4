namespace WorkspaceConfigurator.Validation;

/// <summary>
/// One problem with one profile: <c>&lt;slug&gt;: &lt;field&gt;: &lt;problem&gt; (&lt;what is valid&gt;)</c>.
/// Findings never quote secret material.
/// </summary>
internal sealed record Finding(Severity Severity, string Slug, string Field, string Problem, string Valid)
{
    public static Finding Error(string slug, string field, string problem, string valid) => new(Severity.Error, slug, field, problem, valid);

    public static Finding Warning(string slug, string field, string problem, string valid) => new(Severity.Warning, slug, field, problem, valid);

    public override string ToString() => OneLine($"{Slug}: {Field}: {Problem} ({Valid})");

    // A finding quotes user text, which may hold line breaks, control characters or bidi overrides; a finding is one line.
    private static string OneLine(string text) => Errors.TerminalText.Escape(text);

    /// <summary>The line printed for people: severity, then the finding.</summary>
    public string ToLine() => $"{(Severity == Severity.Error ? "error" : "warning")}: {this}";
}
