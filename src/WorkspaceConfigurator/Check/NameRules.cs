using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub.Templates;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Names Kubernetes will see: DNS-1123 labels for objects and pod volumes, unique pod volumes, init-container
/// mounts that name a pod volume, valid data keys, annotation keys, env names and node-selector entries.
/// </summary>
internal static class NameRules
{
    private static readonly PlaceholderValues Sample = new("jovyan", "jupyter-jovyan");

    private const string Label = "a DNS-1123 label: lower-case letters, digits and '-', at most 63, e.g. workspace-volume";

    public static void Check(ProfileSpec spec, List<Finding> findings)
    {
        var slug = spec.Slug;
        for (var i = 0; i < spec.ConfigMaps.Count; i++)
        {
            var map = spec.ConfigMaps[i];
            Name(slug, "config_maps", i, "name", map.Name, findings);
            if (!Names.IsDataKey(map.Key))
            {
                findings.Add(Finding.Error(slug, $"config_maps[{i}].key", $"'{map.Key}' is not a ConfigMap key", "letters, digits, '-', '_' and '.'"));
            }

            if (map.MountPath is { } path && !path.StartsWith('/'))
            {
                findings.Add(Finding.Error(slug, $"config_maps[{i}].mount_path", $"'{path}' is not absolute", "an absolute path such as /workspace/.bashrc"));
            }

            if (map.DefaultMode is < 0 or > 0x1FF)
            {
                findings.Add(Finding.Error(slug, $"config_maps[{i}].default_mode", $"{map.DefaultMode} is not a file mode", "0000 to 0777, e.g. 0660"));
            }
        }

        for (var i = 0; i < spec.Volumes.Count; i++)
        {
            var volume = spec.Volumes[i];
            Name(slug, "volumes", i, "name", volume.Name, findings);
            Name(slug, "volumes", i, "claim_name", volume.ClaimName, findings);
            if (volume.AccessModes.Count == 0)
            {
                findings.Add(Finding.Error(slug, $"volumes[{i}].access_modes", "is empty", "at least one of ReadWriteOnce, ReadWriteMany, ReadOnlyMany, ReadWriteOncePod"));
            }

            if (!volume.MountPath.StartsWith('/'))
            {
                findings.Add(Finding.Error(slug, $"volumes[{i}].volume_mount.mount_path", $"'{volume.MountPath}' is not absolute", "an absolute path such as /workspace"));
            }

            for (var j = 0; j < volume.Annotations.Count; j++)
            {
                var key = volume.Annotations[j].Key;
                if (!Names.IsQualifiedName(key))
                {
                    findings.Add(Finding.Error(slug, $"volumes[{i}].annotations.{key}", "is not an annotation key", "an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', e.g. example.com/backup"));
                }
            }
        }

        for (var i = 0; i < spec.SecretMounts.Count; i++)
        {
            Name(slug, "secret_mounts", i, "name", spec.SecretMounts[i].Name, findings);
        }

        for (var i = 0; i < spec.RoleBindings.Count; i++)
        {
            Name(slug, "role_bindings", i, "name", spec.RoleBindings[i].Name, findings);
            Name(slug, "role_bindings", i, "role.name", spec.RoleBindings[i].Role.Name, findings);
        }

        for (var i = 0; i < spec.ImagePullSecrets.Count; i++)
        {
            Name(slug, "image_pull_secrets", i, "name", spec.ImagePullSecrets[i].Name, findings);
        }

        // Kubernetes refuses a pod whose containers share a name, the workspace container (notebook) included; a
        // site's item may take the name of a startup step.
        var containers = new Dictionary<string, int>(StringComparer.Ordinal) { [WorkspaceContainer] = -1 };
        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            var name = spec.InitContainers[i].Name;
            Name(slug, "init_containers", i, "name", name, findings);
            if (!containers.TryAdd(name, i))
            {
                var other = containers[name] < 0 ? "the workspace container" : $"init_containers[{containers[name]}]";
                findings.Add(Finding.Error(slug, $"init_containers[{i}].name", $"'{name}' is also the name of {other}, and Kubernetes refuses a pod whose containers share a name",
                    "a name of its own (home-seed, image-configure, personalize and dotfiles are taken by the startup steps when their settings are on)"));
            }
        }

        PodVolumes(spec, findings);
        for (var i = 0; i < spec.Env.Count; i++)
        {
            var name = spec.Env[i].Key;
            if (!Names.IsEnvVarName(name))
            {
                findings.Add(Finding.Error(slug, $"pod_env_vars.{name}", "is not an environment variable name", "letters, digits, '_', '-' and '.', not starting with a digit"));
            }
        }

        for (var i = 0; i < spec.NodeSelector.Count; i++)
        {
            var key = spec.NodeSelector[i].Key;
            var value = spec.NodeSelector[i].Value;
            if (!Names.IsQualifiedName(key) || !Names.IsLabelValue(value))
            {
                findings.Add(Finding.Error(slug, $"node_selector.{key}", $"'{key}: {value}' is not a node label", "a label key such as disktype or nvidia.com/gpu.present and a value of at most 63 letters, digits, '-', '_' or '.'"));
            }
        }
    }

    /// <summary>KubeSpawner's name for the workspace container.</summary>
    private const string WorkspaceContainer = "notebook";

    // The field is list[index].leaf, spelled out only for a finding.
    private static void Name(string slug, string list, int index, string leaf, string name, List<Finding> findings)
    {
        // Claim names may carry the user placeholder; check them as the hub will create them.
        var rendered = PlaceholderRenderer.RenderHubString(name, Sample).Text ?? name;
        if (!Names.IsDnsLabel(rendered))
        {
            findings.Add(Finding.Error(slug, $"{list}[{index}].{leaf}", $"'{name}' is not a valid name", Label));
        }
    }

    // The pod's volumes: workspace volumes, mounted config maps and secret mounts share one namespace.
    private static void PodVolumes(ProfileSpec spec, List<Finding> findings)
    {
        var volumes = new List<PodVolume>();
        for (var i = 0; i < spec.Volumes.Count; i++)
        {
            volumes.Add(new PodVolume(spec.Volumes[i].Name, "volumes", i));
        }

        for (var i = 0; i < spec.ConfigMaps.Count; i++)
        {
            if (spec.ConfigMaps[i].MountPath is not null)
            {
                volumes.Add(new PodVolume(spec.ConfigMaps[i].Name, "config_maps", i));
            }
        }

        for (var i = 0; i < spec.SecretMounts.Count; i++)
        {
            volumes.Add(new PodVolume(spec.SecretMounts[i].Name, "secret_mounts", i));
        }

        foreach (var duplicate in volumes.GroupBy(v => v.Name, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            if (duplicate.Count > 1)
            {
                findings.Add(Finding.Error(spec.Slug, duplicate[^1].Field, $"pod volume '{duplicate[0].Name}' is also declared by {duplicate[0].Field}", "unique pod volume names per profile"));
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var volume in volumes)
        {
            names.Add(volume.Name);
        }

        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            var mounts = spec.InitContainers[i].VolumeMounts;
            for (var j = 0; j < mounts.Count; j++)
            {
                if (!names.Contains(mounts[j].Name))
                {
                    findings.Add(Finding.Error(spec.Slug, $"init_containers[{i}].volume_mounts[{j}].name", $"'{mounts[j].Name}' is not a pod volume",
                        $"one of: {(names.Count == 0 ? "(none)" : SortedList(names))}"));
                }
            }
        }
    }

    private static string SortedList(HashSet<string> names)
    {
        var sorted = new List<string>(names);
        sorted.Sort(StringComparer.Ordinal);
        return string.Join(", ", sorted);
    }

    // The field, list[index].name, is spelled out only for a finding.
    private sealed record PodVolume(string Name, string List, int Index)
    {
        public string Field => $"{List}[{Index}].name";
    }
}
