namespace WorkspaceConfigurator.Contract;

public enum AccessMode
{
    ReadWriteOnce,
    ReadWriteMany,
    ReadOnlyMany,
    ReadWriteOncePod,
}
