using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// The lifecycle settings against what the profile has: startup steps need the home on a volume, the Git key's
/// Secret must exist, and auto-off works only where the server can stop itself.
/// </summary>
internal static class LifecycleRules
{
    public static void Check(ProfileSpec spec, List<Finding> findings)
    {
        var slug = spec.Slug;
        var lifecycle = spec.Lifecycle;
        if (lifecycle.HomeVolume is null)
        {
            foreach (var setting in lifecycle.NeedHomeVolume)
            {
                var what = setting == "rc_files" ? "rc_files: seed copies files into the home" : $"{setting} is a startup step that works in the home";
                findings.Add(Finding.Error(slug, setting, $"{what}, but home_path {lifecycle.HomePath} is on no volume of the profile, so nothing it does would survive a stop",
                    "a home_path at or below a volume's mount path (e.g. the workspace volume's), or leave the setting unset"));
            }
        }

        if (lifecycle.GitSshSecret is { } secret && !CreatedByManifest(spec, secret))
        {
            findings.Add(Finding.Warning(slug, "git_ssh_secret", $"Secret '{secret}' must exist in each user's namespace (type kubernetes.io/ssh-auth, key ssh-privatekey), or the pod does not start",
                "create it per user (e.g. kubectl create secret generic --type=kubernetes.io/ssh-auth), or add a manifest to the profile that creates it"));
        }

        if (lifecycle.IdleTimeout > TimeSpan.Zero && !lifecycle.StopsWhenIdle)
        {
            findings.Add(Finding.Warning(slug, "idle_timeout", "has no effect here: only JupyterLab workspaces stop themselves; the hub-wide culler (jupyterhub-idle-culler) is what stops this workspace",
                "idle_timeout on JupyterLab profiles, and the hub's culler (cull.timeout in Zero to JupyterHub) for the others"));
        }
    }

    // A manifest object kind: Secret with that name (any type the cluster would accept is the site's choice).
    private static bool CreatedByManifest(ProfileSpec spec, string name)
    {
        foreach (var manifest in spec.Manifests)
        {
            foreach (var node in manifest.Content)
            {
                if (node is YamlMapping mapping && mapping.GetString("kind") == "Secret" && (mapping["metadata"] as YamlMapping)?.GetString("name") == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
