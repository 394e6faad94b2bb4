using k8s.Models;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Render.KubernetesObjects;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// Objects whose rendered name the API server would refuse. A profile that builds a name from
/// <c>{{ spawner.user.name }}</c> gets the raw user name, which for a user such as <c>Bob.Smith@example.org</c> is no
/// object name: the hub's create fails for that user. The pod and the namespace are checked before rendering.
/// </summary>
internal static class UserDerivedNames
{
    public static IReadOnlyList<Finding> Find(IEnumerable<SpawnObjects> profiles, string user)
    {
        var warnings = new List<Finding>();
        foreach (var profile in profiles)
        {
            foreach (var o in profile.Objects)
            {
                if (o is ModelObject { Model: V1Pod or V1Namespace } || KubernetesKinds.NamesArePathSegments(o.ApiVersion) || Names.IsDnsSubdomain(o.Name))
                {
                    continue;
                }

                warnings.Add(Finding.Warning(profile.Slug, o.ToString(), $"'{o.Name}' is not a valid object name for user '{user}', so the hub fails to create it for this user",
                    "a DNS-1123 subdomain: lower-case letters, digits, '-' and '.'; build the name from something the user name cannot break, or give such users another profile"));
            }
        }

        return warnings;
    }
}
