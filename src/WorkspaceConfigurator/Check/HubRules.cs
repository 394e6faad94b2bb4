using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// What the hub settings mean for a profile. config.yml cannot carry tolerations and the hub adds none, so a pod that
/// asks for an extended resource (a GPU) lands on nodes tainted for it only when the cluster adds the toleration
/// itself (the ExtendedResourceToleration admission plugin); the hub settings say whether it does.
/// </summary>
internal static class HubRules
{
    public static IReadOnlyList<Finding> Check(IReadOnlyList<ProfileSpec> specs, HubSettings hub)
    {
        var findings = new List<Finding>();
        if (hub.ExtendedResourceTolerations)
        {
            return findings;
        }

        foreach (var spec in specs)
        {
            foreach (var name in ExtendedResources(spec))
            {
                var nodes = name.Contains("gpu", StringComparison.OrdinalIgnoreCase) ? "GPU nodes" : "Nodes";
                findings.Add(Finding.Warning(spec.Slug, $"extra_resource_limits.{name}",
                    $"{nodes} tainted {name} will not accept this pod: config.yml cannot carry tolerations and the hub settings ({hub.Source}) say the cluster adds none",
                    "set extended_resource_tolerations: true in the hub settings (--hub) when the cluster runs the ExtendedResourceToleration admission plugin, or enable that plugin, or leave those nodes untainted"));
            }
        }

        return findings;
    }

    /// <summary>The plan's findings with the hub's, grouped by profile in the order of <paramref name="specs"/>.</summary>
    public static IReadOnlyList<Finding> Merge(IReadOnlyList<ProfileSpec> specs, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> hubFindings)
    {
        if (hubFindings.Count == 0)
        {
            return findings;
        }

        // The plan's findings are grouped by profile in spec order (unknown slugs last): each hub finding goes after
        // its profile's group, and the plan's own order is kept.
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < specs.Count; i++)
        {
            position.TryAdd(specs[i].Slug, i);
        }

        int Position(Finding f) => position.TryGetValue(f.Subject, out var at) ? at : specs.Count;
        var merged = new List<Finding>(findings);
        foreach (var hubFinding in hubFindings)
        {
            var at = merged.FindIndex(f => Position(f) > Position(hubFinding));
            merged.Insert(at < 0 ? merged.Count : at, hubFinding);
        }

        return merged;
    }

    // Extended resources the pod asks for (gpu_limit is nvidia.com/gpu among the limits), each once, in name order.
    private static List<string> ExtendedResources(ProfileSpec spec)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, count) in spec.ExtraResourceLimits)
        {
            // A name that is no extended resource (cpu, "bad res") is an error of its own already.
            if (count > 0 && Values.ResourceNames.ExtendedResourceProblem(name) is null)
            {
                names.Add(name);
            }
        }

        foreach (var (name, count) in spec.ExtraResourceGuarantees)
        {
            // A name that is no extended resource (cpu, "bad res") is an error of its own already.
            if (count > 0 && Values.ResourceNames.ExtendedResourceProblem(name) is null)
            {
                names.Add(name);
            }
        }

        return [.. names];
    }
}
