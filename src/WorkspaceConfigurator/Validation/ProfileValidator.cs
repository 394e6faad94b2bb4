using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// Every rule of the Application Hub contract that types alone do not guarantee, over the built specs of one run.
/// Pure: specs in, findings out, in profile order. Every rule reads the specs, none a rendered form: a command
/// renders each profile once, for its output only.
/// </summary>
public static class ProfileValidator
{
    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ProfileSpec> specs)
    {
        var findings = new List<Finding>();
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            ResourceRules.Check(spec, findings);
            NameRules.Check(spec, findings);
            ImageRules.Check(spec, findings);
            TemplateRules.Check(spec, findings);
            ManifestRules.Check(spec, findings);
            DependencyRules.Check(spec, findings);
            LifecycleRules.Check(spec, findings);
        }

        CatalogRules.Check(specs, findings);

        // Grouped by the position of the finding's profile (first occurrence of its slug; unknown slugs last), in the
        // order found within each group. Plain loops and reference types only: this runs in every dump-config, and
        // LINQ over value tuples costs a JIT compilation per method at start-up.
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < specs.Count; i++)
        {
            position.TryAdd(specs[i].Slug, i);
        }

        var groups = new List<Finding>?[specs.Count + 1];
        foreach (var finding in findings)
        {
            var group = position.TryGetValue(finding.Slug, out var at) ? at : specs.Count;
            (groups[group] ??= []).Add(finding);
        }

        var ordered = new List<Finding>(findings.Count);
        foreach (var group in groups)
        {
            if (group is not null)
            {
                ordered.AddRange(group);
            }
        }

        return ordered;
    }
}
