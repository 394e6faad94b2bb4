using System.Globalization;

namespace WorkspaceConfigurator.Contract;

internal static class RoleVerbNames
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
