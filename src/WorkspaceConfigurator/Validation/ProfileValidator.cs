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
    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ProfileSpec> specs)
    {
        var hubForms = new List<YamlMapping>(specs.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            hubForms.Add(AppHubConfigRenderer.RenderProfile(specs[i]));
        }

        return Validate(specs, hubForms);
    }

    /// <param name="hubForms">Each spec as config.yml holds it (<see cref="AppHubConfigRenderer.RenderProfile"/>), when the
    /// caller has rendered them already: template rules read every string of that form.</param>
    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ProfileSpec> specs, IReadOnlyList<YamlMapping> hubForms)
    {
        var findings = new List<Finding>();
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            ResourceRules.Check(spec, findings);
            NameRules.Check(spec, findings);
            TemplateRules.Check(spec, hubForms[i], findings);
            ManifestRules.Check(spec, findings);
            DependencyRules.Check(spec, findings);
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
