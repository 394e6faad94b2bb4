using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Validation;

/// <summary>Rules across profiles: one default at most, unique ids, and claims that several profiles declare differently.</summary>
internal static class CatalogRules
{
    public static IEnumerable<Finding> Check(IReadOnlyList<ProfileSpec> specs)
    {
        var defaults = specs.Where(s => s.Default).Select(s => s.Slug).ToList();
        foreach (var slug in defaults.Skip(1))
        {
            yield return Finding.Error(slug, "default", $"is true, and so is '{defaults[0]}'", "at most one default profile");
        }

        foreach (var duplicate in specs.GroupBy(s => s.Slug).Where(g => g.Count() > 1))
        {
            yield return Finding.Error(duplicate.Key, "slug", "is used by more than one profile", "unique slugs (and so unique ids)");
        }

        // The first spawn creates the claim; a later profile with another size, class or access mode gets the first one's.
        foreach (var claim in specs.SelectMany(s => s.Volumes.Select(v => new Declaration(s.Slug, v))).GroupBy(c => c.Volume.ClaimName))
        {
            var first = claim.First();
            var differing = claim.Where(c => c.Slug != first.Slug && Differences(first.Volume, c.Volume).Count > 0).ToList();
            if (differing.Count == 0)
            {
                continue;
            }

            var aspects = differing.SelectMany(c => Differences(first.Volume, c.Volume)).Distinct();
            var declarations = claim.Select(c => $"{c.Slug} {c.Volume.Size.Text} {c.Volume.StorageClass} {string.Join("/", c.Volume.AccessModes)}");
            yield return Finding.Warning(differing[0].Slug, $"volumes.{claim.Key}",
                $"claim '{claim.Key}' is declared with a different {string.Join(" and ", aspects)} by several profiles: {string.Join(", ", declarations)}",
                "the same size, storage class and access modes wherever a claim is declared; the first spawn creates it");
        }
    }

    private static List<string> Differences(VolumeSpec a, VolumeSpec b)
    {
        var differences = new List<string>();
        if (a.Size != b.Size)
        {
            differences.Add("size");
        }

        if (a.StorageClass != b.StorageClass)
        {
            differences.Add("storage class");
        }

        if (!a.AccessModes.Equals(b.AccessModes))
        {
            differences.Add("access modes");
        }

        return differences;
    }

    // A class, not a value tuple: LINQ over reference types runs precompiled shared code, a tuple is JIT-compiled at start-up.
    private sealed record Declaration(string Slug, VolumeSpec Volume);
}
