using System.Globalization;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Spec;

/// <summary>A Role with one rule and the RoleBinding that grants it, created in the user's namespace.</summary>
public sealed record RoleBindingSpec(string Name, ValueList<SubjectSpec> Subjects, RoleSpec Role, bool Persist);

public sealed record RoleSpec(string Name, ValueList<string> ApiGroups, ValueList<string> Resources, ValueList<RoleVerb> Verbs);

/// <summary>A subject the hub accepts: a ServiceAccount or a User.</summary>
public sealed record SubjectSpec(string Name, SubjectKind Kind);

public enum SubjectKind
{
    ServiceAccount,
    User,
}

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

public static class RoleVerbNames
{
    /// <summary>The verb as Kubernetes spells it (deletecollection).</summary>
    public static string ToApiName(this RoleVerb verb) => verb switch
    {
        RoleVerb.Get => "get",
        RoleVerb.List => "list",
        RoleVerb.Watch => "watch",
        RoleVerb.Create => "create",
        RoleVerb.Update => "update",
        RoleVerb.Patch => "patch",
        RoleVerb.Delete => "delete",
        RoleVerb.DeleteCollection => "deletecollection",
        _ => verb.ToString().ToLower(CultureInfo.InvariantCulture), // a value outside the enum, as Enum.ToString gives it
    };
}
