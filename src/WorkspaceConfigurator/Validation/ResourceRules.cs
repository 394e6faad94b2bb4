using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Validation;

/// <summary>CPU, memory and extended resources: guarantees within limits, extended resources whole and non-negative.</summary>
internal static class ResourceRules
{
    public static IEnumerable<Finding> Check(ProfileSpec spec)
    {
        var slug = spec.Slug;
        if (spec.CpuLimit < 1)
        {
            yield return Finding.Error(slug, "cpu_limit", $"{spec.CpuLimit} CPUs", "at least 1 whole CPU");
        }

        if (spec.CpuGuarantee is { } cpu && (cpu < 0 || cpu > spec.CpuLimit))
        {
            yield return Finding.Error(slug, "cpu_guarantee", $"{cpu} is above cpu_limit {spec.CpuLimit} or negative", "0 to the limit");
        }

        if (spec.MemGuarantee is { } memory && memory.Bytes > spec.MemLimit.Bytes)
        {
            yield return Finding.Error(slug, "mem_guarantee", $"{memory.ToHubString()} is above mem_limit {spec.MemLimit.ToHubString()}", "at most the limit");
        }

        foreach (var (name, count) in spec.ExtraResourceLimits)
        {
            if (count < 0)
            {
                yield return Finding.Error(slug, $"extra_resource_limits.{name}", $"{count} is negative", "a whole number, 0 or more");
            }
        }

        foreach (var (name, count) in spec.ExtraResourceGuarantees)
        {
            if (!spec.ExtraResourceLimits.TryGetValue(name, out var limit))
            {
                yield return Finding.Error(slug, $"extra_resource_guarantees.{name}", "has no matching limit", "Kubernetes requires a limit equal to the guarantee for extended resources");
            }
            else if (count != limit)
            {
                yield return Finding.Error(slug, $"extra_resource_guarantees.{name}", $"{count} differs from the limit {limit}", "equal to the limit, as Kubernetes requires for extended resources");
            }
        }
    }
}
