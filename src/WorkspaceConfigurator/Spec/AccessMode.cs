namespace WorkspaceConfigurator.Spec;

public enum AccessMode
{
    ReadWriteOnce,
    ReadWriteMany,
    ReadOnlyMany,
    ReadWriteOncePod,
}
