namespace WorkspaceConfigurator.Spec;

public enum SubjectKind
{
    ServiceAccount,
    User,
}
