namespace WorkspaceConfigurator.Values;

/// <summary>
/// Extended resource names as the API server accepts them in a container's limits and requests (its
/// IsExtendedResourceName): DOMAIN/NAME, not in the kubernetes.io domain, a qualified name once prefixed with
/// "requests.". A standard resource (cpu, memory, ...) is no extended resource: as one it would clash with the
/// profile's own CPU and memory settings in the limits the hub writes.
/// </summary>
internal static class ResourceNames
{
    /// <summary>Null for a valid extended resource name, else what is wrong with it.</summary>
    public static string? ExtendedResourceProblem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "is empty";
        }

        if (IsStandard(name))
        {
            return name is "cpu" or "memory"
                ? $"'{name}' is a standard resource, not an extended one (set cpu_limit or mem_limit)"
                : $"'{name}' is a standard resource, not an extended one";
        }

        var slash = name.IndexOf('/');
        if (slash < 0)
        {
            return $"'{name}' has no domain (an extended resource is DOMAIN/NAME, e.g. nvidia.com/gpu)";
        }

        var domain = name[..slash];
        if (domain == "kubernetes.io" || domain.EndsWith(".kubernetes.io", StringComparison.Ordinal) || name.StartsWith("requests.", StringComparison.Ordinal))
        {
            return $"'{name}' is in a domain Kubernetes reserves (kubernetes.io, requests.)";
        }

        return Names.IsQualifiedName("requests." + name) ? null : $"'{name}' is not a resource name (DOMAIN/NAME: a DNS subdomain, then at most 63 letters, digits, '-', '_' or '.')";
    }

    // The resources Kubernetes itself accounts for in a container (and quota-only ones a limit cannot name).
    private static bool IsStandard(string name) =>
        name is "cpu" or "memory" or "ephemeral-storage" or "storage" or "pods"
        || name.StartsWith("hugepages-", StringComparison.Ordinal)
        || (name.StartsWith("requests.", StringComparison.Ordinal) && !name.Contains('/'))
        || (name.StartsWith("limits.", StringComparison.Ordinal) && !name.Contains('/'));
}
