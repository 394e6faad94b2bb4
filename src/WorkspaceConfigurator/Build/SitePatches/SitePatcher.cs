using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>
/// Applies the values files' named items to a built spec, kind by kind, lowest layer first: site patches on what the
/// hooks made. Runs after the hooks, before the checks, so the checks see the final spec.
/// </summary>
internal static class SitePatcher
{
    public static ProfileSpec Apply(ProfileSpec spec, ResolvedSettings settings)
    {
        if (!settings.Changes.HasItems)
        {
            return spec;
        }

        foreach (var applier in ItemAppliers.All)
        {
            spec = applier.Apply(spec, settings.Changes.Items(applier.Kind), settings);
        }

        return spec;
    }
}
