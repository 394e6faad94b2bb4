namespace WorkspaceConfigurator.Validation;

internal enum Severity
{
    Warning,
    Error,
}
