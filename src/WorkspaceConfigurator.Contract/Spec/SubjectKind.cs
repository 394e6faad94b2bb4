namespace WorkspaceConfigurator.Contract;

public enum SubjectKind
{
    ServiceAccount,
    User,
}
