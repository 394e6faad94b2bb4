using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// The checks of one run, a profile at a time: each spec is checked on its own as it is added, and only its summary
/// is kept for the rules across profiles, which run at the end. So a run over thousands of profiles can let each
/// spec go once it is checked and written (see <c>Workspace.Plan</c>).
/// </summary>
internal sealed class CheckRun
{
    private readonly List<Finding> findings = [];
    private readonly List<SpecSummary> profiles = [];

    public void Add(ProfileSpec spec)
    {
        ResourceRules.Check(spec, findings);
        NameRules.Check(spec, findings);
        ImageRules.Check(spec, findings);
        TemplateRules.Check(spec, findings);
        ManifestRules.Check(spec, findings);
        DependencyRules.Check(spec, findings);
        LifecycleRules.Check(spec, findings);
        profiles.Add(SpecSummary.Of(spec));
    }

    /// <summary>
    /// Every finding, with those of the rules across profiles, grouped by the position of the finding's profile (first
    /// occurrence of its slug; unknown slugs last), in the order found within each group.
    /// </summary>
    public IReadOnlyList<Finding> Findings()
    {
        var all = new List<Finding>(findings);
        CatalogRules.Check(profiles, all);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < profiles.Count; i++)
        {
            position.TryAdd(profiles[i].Slug, i);
        }

        var groups = new List<Finding>?[profiles.Count + 1];
        foreach (var finding in all)
        {
            var group = position.TryGetValue(finding.Subject, out var at) ? at : profiles.Count;
            (groups[group] ??= []).Add(finding);
        }

        var ordered = new List<Finding>(all.Count);
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
