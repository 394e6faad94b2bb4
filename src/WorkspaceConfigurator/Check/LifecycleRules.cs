using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Build.Lifecycle;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Check;

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
        var home = lifecycle.HomeVolume;
        if (home is not { Persist: true })
        {
            var where = home is null ? "on no volume of the profile" : $"on {home.Name}, which is deleted at every stop";
            foreach (var setting in lifecycle.NeedHomeVolume)
            {
                var what = setting == "rc_files" ? "seeding copies files into the home" : "it is a startup step that works in the home";
                findings.Add(Finding.Error(slug, setting, $"{what}, but home_path {lifecycle.HomePath} is {where}, so nothing it does would survive a stop",
                    "a home_path at or below the mount path of a volume with persist: true (e.g. the workspace volume's), or leave the setting unset"));
            }
        }

        if (lifecycle.Steps.Any(s => s.Container == LifecycleStage.DotfilesContainer) && lifecycle.RcFiles == "mount" && MountsInHome(spec, lifecycle.HomePath) is { } mounted)
        {
            findings.Add(Finding.Warning(slug, "dotfiles_repo", $"the dotfiles cannot replace {mounted}: with rc_files: mount it is mounted read-only over the home's file at every start",
                "rc_files: seed, so the files placed in the home become the user's and the dotfiles may replace them"));
        }

        if (lifecycle.StopsWhenIdle && lifecycle.IdleTimeout < MinimumIdleTimeout)
        {
            findings.Add(Finding.Warning(slug, "idle_timeout", $"is {LifecycleValues.FormatDuration(lifecycle.IdleTimeout)}: the server stops that soon after the last keystroke or cell run, often while the user is reading",
                "at least 5m; 1h or more is usual"));
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

    private static readonly TimeSpan MinimumIdleTimeout = TimeSpan.FromMinutes(5);

    // The first config map mounted over a file of the home, as the user sees it (~/.bashrc).
    private static string? MountsInHome(ProfileSpec spec, string home)
    {
        foreach (var map in spec.ConfigMaps)
        {
            if (map.MountPath is { } path && path != home && HomeVolume.Contains(home, path))
            {
                return "~/" + HomeVolume.Relative(home, path);
            }
        }

        return null;
    }

    // A manifest object that makes the Secret: a Secret of that name, or an External Secrets Operator ExternalSecret
    // whose target is that name (its own name when the target has none).
    private static bool CreatedByManifest(ProfileSpec spec, string name)
    {
        foreach (var manifest in spec.Manifests)
        {
            foreach (var node in manifest.Content)
            {
                if (node is not YamlMapping mapping)
                {
                    continue;
                }

                var own = (mapping["metadata"] as YamlMapping)?.GetString("name");
                var made = mapping.GetString("kind") switch
                {
                    "Secret" => own,
                    "ExternalSecret" => ((mapping["spec"] as YamlMapping)?["target"] as YamlMapping)?.GetString("name") ?? own,
                    _ => null,
                };
                if (made == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
