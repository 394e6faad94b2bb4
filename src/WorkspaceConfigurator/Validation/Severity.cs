namespace WorkspaceConfigurator.Validation;

public enum Severity
{
    Warning,
    Error,
}
