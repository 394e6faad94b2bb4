using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.SitePatches;

/// <summary>
/// Applies the values files' named items to a built spec, kind by kind: the changes below the class under the
/// hooks' items, the changes above over them. Runs after the hooks, before the checks, so the checks see the final spec.
/// </summary>
internal static class SitePatcher
{
    public static ProfileSpec Apply(ProfileSpec spec, ResolvedSettings settings)
    {
        if (!settings.Changes.HasItems)
        {
            return spec;
        }

        foreach (var kind in ItemKinds.All)
        {
            spec = kind.Layer(spec, settings.Changes.ItemsBelow(kind), settings.Changes.ItemsAbove(kind), settings);
        }

        return spec;
    }
}
