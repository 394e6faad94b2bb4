using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Rules across profiles: one default at most, unique ids, and claims that several profiles declare differently. They
/// read each profile's summary, not its spec, so that a run need not keep every spec until the end.
/// </summary>
internal static class CatalogRules
{
    /// <summary>The declarations a claim warning lists before it counts the rest.</summary>
    public const int MaxListed = 4;

    public static void Check(IReadOnlyList<SpecSummary> profiles, List<Finding> findings)
    {
        string? firstDefault = null;
        for (var i = 0; i < profiles.Count; i++)
        {
            if (!profiles[i].Default)
            {
                continue;
            }

            if (firstDefault is null)
            {
                firstDefault = profiles[i].Slug;
            }
            else
            {
                findings.Add(Finding.Error(profiles[i].Slug, "default", $"is true, and so is '{firstDefault}'", "at most one default profile"));
            }
        }

        foreach (var duplicate in profiles.GroupBy(p => p.Slug, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            if (duplicate.Count > 1)
            {
                findings.Add(Finding.Error(duplicate[0].Slug, "slug", "is used by more than one profile", "unique slugs (and so unique ids)"));
            }
        }

        // The first spawn creates the claim; a later profile with another size, class or access mode gets the first one's.
        foreach (var claim in Declarations(profiles).GroupBy(d => d.Volume.ClaimName, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            CheckClaim(claim, findings);
            CheckMountPaths(claim, findings);
        }
    }

    // A user who switches between profiles that mount one claim at different paths finds their files, and every
    // absolute path in them (virtual environments, tool settings), somewhere else.
    private static void CheckMountPaths(List<Declaration> claim, List<Finding> findings)
    {
        var first = claim[0];
        foreach (var other in claim)
        {
            if (other.Volume.MountPath != first.Volume.MountPath)
            {
                findings.Add(Finding.Warning(other.Slug, $"volumes.{other.Volume.ClaimName}",
                    $"claim '{other.Volume.ClaimName}' is mounted at {other.Volume.MountPath} here and at {first.Volume.MountPath} by '{first.Slug}': a user who switches profiles finds their files at another path",
                    "one mount path for a claim in every profile (set the same home_path)"));
                return;
            }
        }
    }

    private static List<Declaration> Declarations(IReadOnlyList<SpecSummary> profiles)
    {
        var declarations = new List<Declaration>();
        for (var i = 0; i < profiles.Count; i++)
        {
            for (var j = 0; j < profiles[i].Volumes.Count; j++)
            {
                declarations.Add(new Declaration(profiles[i].Slug, profiles[i].Volumes[j]));
            }
        }

        return declarations;
    }

    private static void CheckClaim(List<Declaration> claim, List<Finding> findings)
    {
        var first = claim[0];
        string? reportedSlug = null;
        var aspects = new List<string>();
        for (var i = 1; i < claim.Count; i++)
        {
            if (claim[i].Slug == first.Slug)
            {
                continue;
            }

            // The aspects that differ, each named once, in the order first met.
            foreach (var aspect in Differences(first.Volume, claim[i].Volume))
            {
                reportedSlug ??= claim[i].Slug;
                if (!aspects.Contains(aspect))
                {
                    aspects.Add(aspect);
                }
            }
        }

        if (reportedSlug is null)
        {
            return;
        }

        // The first few declarations, then a count: one line stays readable in a catalogue of thousands of profiles.
        var declarations = new List<string>(Math.Min(claim.Count, MaxListed) + 1);
        for (var i = 0; i < claim.Count && i < MaxListed; i++)
        {
            var c = claim[i];
            declarations.Add($"{c.Slug} {c.Volume.Size.Text} {c.Volume.StorageClass} {Modes(c.Volume.AccessModes)}");
        }

        if (claim.Count > MaxListed)
        {
            declarations.Add($"and {claim.Count - MaxListed} more");
        }

        var claimName = first.Volume.ClaimName;
        findings.Add(Finding.Warning(reportedSlug, $"volumes.{claimName}",
            $"claim '{claimName}' is declared with a different {string.Join(" and ", aspects)} by several profiles: {string.Join(", ", declarations)}",
            "the same size, storage class and access modes wherever a claim is declared; the first spawn creates it"));
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

        if (!SameModes(a.AccessModes, b.AccessModes))
        {
            differences.Add("access modes");
        }

        return differences;
    }

    private static bool SameModes(ValueList<AccessMode> a, ValueList<AccessMode> b) => a.SequenceEqual(b);

    private static string Modes(ValueList<AccessMode> modes) => string.Join("/", SpecNames.AccessModes(modes));

    private sealed record Declaration(string Slug, VolumeSpec Volume);
}
