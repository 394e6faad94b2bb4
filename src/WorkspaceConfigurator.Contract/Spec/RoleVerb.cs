namespace WorkspaceConfigurator.Contract;

/// <summary>The verbs the hub accepts (it rejects "*").</summary>
public enum RoleVerb
{
    Get,
    List,
    Watch,
    Create,
    Update,
    Patch,
    Delete,
    DeleteCollection,
}
