namespace WorkspaceConfigurator.Tests.Resolve;

/// <summary>What a change does: set an entry (add or patch an item), delete one, or drop everything below.</summary>
public enum ModelOp
{
    Set,
    Delete,
    Clear,
}
