namespace WorkspaceConfigurator.Errors;

/// <summary>
/// One thing wsconf tells its user about their input, as one line: <c>&lt;subject&gt;: [&lt;field&gt;: ]&lt;problem&gt;[ (&lt;what is valid&gt;)]</c>.
/// Every stage reports through this one type: a rule on a profile's spec (subject: the profile), a values file read
/// twice (subject: FILE:LINE), an override of a profile not selected (subject: the option), an object two profiles
/// create, a file written in place. The severity says what the line does: an error stops a writing command, a warning
/// does not, a note only says what will happen. Findings never quote secret material.
/// </summary>
internal sealed record Finding(Severity Severity, string Subject, string? Field, string Problem, string? Valid)
{
    public static Finding Error(string slug, string field, string problem, string? valid) => new(Severity.Error, slug, field, problem, valid);

    public static Finding Warning(string slug, string field, string problem, string valid) => new(Severity.Warning, slug, field, problem, valid);

    /// <summary>A warning on something that is not a profile's field: a file, an option, an output path.</summary>
    public static Finding WarningAbout(string subject, string problem, string? valid = null) => new(Severity.Warning, subject, null, problem, valid);

    /// <summary>What will happen, said so that nothing is a surprise (e.g. the objects a spawn keeps).</summary>
    public static Finding Note(string subject, string text) => new(Severity.Note, subject, null, text, null);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var field = Field is null ? "" : $"{Field}: ";
        var valid = Valid is null ? "" : $" ({Valid})";
        return OneLine($"{Subject}: {field}{Problem}{valid}");
    }

    // A finding quotes user text, which may hold line breaks, control characters or bidi overrides; a finding is one line.
    private static string OneLine(string text) => Errors.TerminalText.Escape(text);

    /// <summary>The line printed for people: severity, then the finding.</summary>
    public string ToLine() => $"{Label(Severity)}: {this}";

    private static string Label(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
