using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Templates;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// Names Kubernetes will see: DNS-1123 labels for objects and pod volumes, unique pod volumes, init-container
/// mounts that name a pod volume, valid data keys, env names and node-selector entries.
/// </summary>
internal static class NameRules
{
    private static readonly PlaceholderValues Sample = new("jovyan", "jupyter-jovyan");

    private const string Label = "a DNS-1123 label: lower-case letters, digits and '-', at most 63, e.g. workspace-volume";

    public static IEnumerable<Finding> Check(ProfileSpec spec)
    {
        var slug = spec.Slug;
        var findings = new List<Finding>();
        void Name(string field, string name)
        {
            // Claim names may carry the user placeholder; check them as the hub will create them.
            var rendered = PlaceholderRenderer.RenderHubString(name, Sample).Text ?? name;
            if (!Names.IsDnsLabel(rendered))
            {
                findings.Add(Finding.Error(slug, field, $"'{name}' is not a valid name", Label));
            }
        }

        for (var i = 0; i < spec.ConfigMaps.Count; i++)
        {
            var map = spec.ConfigMaps[i];
            Name($"config_maps[{i}].name", map.Name);
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
            Name($"volumes[{i}].name", volume.Name);
            Name($"volumes[{i}].claim_name", volume.ClaimName);
            if (volume.AccessModes.Count == 0)
            {
                findings.Add(Finding.Error(slug, $"volumes[{i}].access_modes", "is empty", "at least one of ReadWriteOnce, ReadWriteMany, ReadOnlyMany, ReadWriteOncePod"));
            }

            if (!volume.MountPath.StartsWith('/'))
            {
                findings.Add(Finding.Error(slug, $"volumes[{i}].volume_mount.mount_path", $"'{volume.MountPath}' is not absolute", "an absolute path such as /workspace"));
            }
        }

        for (var i = 0; i < spec.SecretMounts.Count; i++)
        {
            Name($"secret_mounts[{i}].name", spec.SecretMounts[i].Name);
        }

        for (var i = 0; i < spec.RoleBindings.Count; i++)
        {
            Name($"role_bindings[{i}].name", spec.RoleBindings[i].Name);
            Name($"role_bindings[{i}].role.name", spec.RoleBindings[i].Role.Name);
        }

        for (var i = 0; i < spec.ImagePullSecrets.Count; i++)
        {
            Name($"image_pull_secrets[{i}].name", spec.ImagePullSecrets[i].Name);
        }

        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            Name($"init_containers[{i}].name", spec.InitContainers[i].Name);
        }

        findings.AddRange(PodVolumes(spec));
        foreach (var (name, _) in spec.Env)
        {
            if (!Names.IsEnvVarName(name))
            {
                findings.Add(Finding.Error(slug, $"pod_env_vars.{name}", "is not an environment variable name", "letters, digits, '_', '-' and '.', not starting with a digit"));
            }
        }

        foreach (var (key, value) in spec.NodeSelector)
        {
            if (!Names.IsQualifiedName(key) || !Names.IsLabelValue(value))
            {
                findings.Add(Finding.Error(slug, $"node_selector.{key}", $"'{key}: {value}' is not a node label", "a label key such as disktype or nvidia.com/gpu.present and a value of at most 63 letters, digits, '-', '_' or '.'"));
            }
        }

        return findings;
    }

    // The pod's volumes: workspace volumes, mounted config maps and secret mounts share one namespace.
    private static IEnumerable<Finding> PodVolumes(ProfileSpec spec)
    {
        var volumes = spec.Volumes.Select((v, i) => new PodVolume(v.Name, $"volumes[{i}].name"))
            .Concat(spec.ConfigMaps.Select((c, i) => c.MountPath is null ? null : new PodVolume(c.Name, $"config_maps[{i}].name")).OfType<PodVolume>())
            .Concat(spec.SecretMounts.Select((s, i) => new PodVolume(s.Name, $"secret_mounts[{i}].name")))
            .ToList();
        foreach (var duplicate in volumes.GroupBy(v => v.Name).Where(g => g.Count() > 1))
        {
            yield return Finding.Error(spec.Slug, duplicate.Last().Field, $"pod volume '{duplicate.Key}' is also declared by {duplicate.First().Field}", "unique pod volume names per profile");
        }

        var names = volumes.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            var mounts = spec.InitContainers[i].VolumeMounts;
            for (var j = 0; j < mounts.Count; j++)
            {
                if (!names.Contains(mounts[j].Name))
                {
                    yield return Finding.Error(spec.Slug, $"init_containers[{i}].volume_mounts[{j}].name", $"'{mounts[j].Name}' is not a pod volume",
                        $"one of: {(names.Count == 0 ? "(none)" : string.Join(", ", names.Order(StringComparer.Ordinal)))}");
                }
            }
        }
    }

    // A class, not a value tuple: LINQ over reference types runs precompiled shared code, a tuple is JIT-compiled at start-up.
    private sealed record PodVolume(string Name, string Field);
}
