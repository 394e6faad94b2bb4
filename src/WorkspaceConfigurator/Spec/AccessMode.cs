using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Spec;

public enum AccessMode
{
    ReadWriteOnce,
    ReadWriteMany,
    ReadOnlyMany,
    ReadWriteOncePod,
}
