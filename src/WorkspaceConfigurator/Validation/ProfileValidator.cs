using WorkspaceConfigurator.Rendering.AppHub;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// Every rule of the Application Hub contract that types alone do not guarantee, over the built specs of one run.
/// Pure: specs in, findings out, in profile order.
/// </summary>
public static class ProfileValidator
{
    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ProfileSpec> specs) =>
        Validate(specs, specs.Select(AppHubConfigRenderer.RenderProfile).ToList());

    /// <param name="hubForms">Each spec as config.yml holds it (<see cref="AppHubConfigRenderer.RenderProfile"/>), when the
    /// caller has rendered them already: template rules read every string of that form.</param>
    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ProfileSpec> specs, IReadOnlyList<YamlMapping> hubForms)
    {
        var findings = new List<Finding>();
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            findings.AddRange(ResourceRules.Check(spec));
            findings.AddRange(NameRules.Check(spec));
            findings.AddRange(TemplateRules.Check(spec, hubForms[i]));
            findings.AddRange(ManifestRules.Check(spec));
            findings.AddRange(DependencyRules.Check(spec));
        }

        findings.AddRange(CatalogRules.Check(specs));

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
