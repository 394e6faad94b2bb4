using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// CPU, memory and extended resources: guarantees within limits, extended resources whole, non-negative and named
/// as Kubernetes names them (a hook can give any name; the command line and values files check theirs as read).
/// </summary>
internal static class ResourceRules
{
    private const string ExtendedResource = "an extended resource such as nvidia.com/gpu; CPU and memory are cpu_limit and mem_limit";

    public static void Check(ProfileSpec spec, List<Finding> findings)
    {
        var slug = spec.Slug;
        if (spec.CpuLimit < 1)
        {
            findings.Add(Finding.Error(slug, "cpu_limit", $"{spec.CpuLimit} CPUs", "at least 1 whole CPU"));
        }

        if (spec.CpuGuarantee is { } cpu && (cpu < 0 || cpu > spec.CpuLimit))
        {
            findings.Add(Finding.Error(slug, "cpu_guarantee", $"{cpu} is above cpu_limit {spec.CpuLimit} or negative", "0 to the limit"));
        }

        if (spec.MemGuarantee is { } memory && memory.Bytes > spec.MemLimit.Bytes)
        {
            findings.Add(Finding.Error(slug, "mem_guarantee", $"{memory.ToHubString()} is above mem_limit {spec.MemLimit.ToHubString()}", "at most the limit"));
        }

        // Indexed loops over the maps: enumerating them would load an enumerator over KeyValuePair<string, long>.
        var limits = spec.ExtraResourceLimits;
        for (var i = 0; i < limits.Count; i++)
        {
            var name = limits[i].Key;
            var count = limits[i].Value;
            if (ResourceNames.ExtendedResourceProblem(name) is { } problem)
            {
                findings.Add(Finding.Error(slug, $"extra_resource_limits.{name}", problem, ExtendedResource));
            }

            if (count < 0)
            {
                findings.Add(Finding.Error(slug, $"extra_resource_limits.{name}", $"{count} is negative", "a whole number, 0 or more"));
            }
        }

        var guarantees = spec.ExtraResourceGuarantees;
        for (var i = 0; i < guarantees.Count; i++)
        {
            var name = guarantees[i].Key;
            var count = guarantees[i].Value;
            if (ResourceNames.ExtendedResourceProblem(name) is { } problem)
            {
                findings.Add(Finding.Error(slug, $"extra_resource_guarantees.{name}", problem, ExtendedResource));
            }

            if (!limits.TryGetValue(name, out var limit))
            {
                findings.Add(Finding.Error(slug, $"extra_resource_guarantees.{name}", "has no matching limit", "Kubernetes requires a limit equal to the guarantee for extended resources"));
            }
            else if (count != limit)
            {
                findings.Add(Finding.Error(slug, $"extra_resource_guarantees.{name}", $"{count} differs from the limit {limit}", "equal to the limit, as Kubernetes requires for extended resources"));
            }
        }
    }
}
