namespace WorkspaceConfigurator.Errors;

/// <summary>What a <see cref="Finding"/> does: a note only informs, a warning fails only <c>validate --strict</c>, an error stops.</summary>
internal enum Severity
{
    Note,
    Warning,
    Error,
}
