using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// Every rule of the Application Hub contract that types alone do not guarantee, over the built specs of one run.
/// Pure: specs in, findings out, in profile order.
/// </summary>
public static class ProfileValidator
{
    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ProfileSpec> specs)
    {
        var perProfile = specs.SelectMany(spec => ResourceRules.Check(spec)
            .Concat(NameRules.Check(spec))
            .Concat(TemplateRules.Check(spec))
            .Concat(ManifestRules.Check(spec))
            .Concat(DependencyRules.Check(spec)));
        var order = specs.Select((s, i) => (s.Slug, i)).GroupBy(p => p.Slug).ToDictionary(g => g.Key, g => g.First().i);
        return perProfile.Concat(CatalogRules.Check(specs))
            .Select((f, i) => (Finding: f, Index: i))
            .OrderBy(f => order.GetValueOrDefault(f.Finding.Slug, int.MaxValue))
            .ThenBy(f => f.Index)
            .Select(f => f.Finding)
            .ToList();
    }
}
