using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Validation;

/// <summary>
/// Parts the hub applies only to profiles with at least one volume; and role-binding details the hub's models reject.
/// </summary>
internal static class DependencyRules
{
    public static void Check(ProfileSpec spec, List<Finding> findings)
    {
        var slug = spec.Slug;
        if (spec.Volumes.Count == 0)
        {
            Ignored(slug, "role_bindings", spec.RoleBindings.Count, findings);
            Ignored(slug, "image_pull_secrets", spec.ImagePullSecrets.Count, findings);
            Ignored(slug, "init_containers", spec.InitContainers.Count, findings);
            Ignored(slug, "env_from_config_maps", spec.EnvFromConfigMaps.Count, findings);
            Ignored(slug, "env_from_secrets", spec.EnvFromSecrets.Count, findings);
            Ignored(slug, "secret_mounts", spec.SecretMounts.Count, findings);
        }

        for (var i = 0; i < spec.RoleBindings.Count; i++)
        {
            var binding = spec.RoleBindings[i];
            if (binding.Role.ApiGroups.Count == 0)
            {
                findings.Add(Finding.Error(slug, $"role_bindings[{i}].role.api_groups", "is empty", "[\"\"] for the core API group, or e.g. [\"batch\"]"));
            }

            if (binding.Role.Resources.Count == 0 || binding.Role.Verbs.Count == 0)
            {
                findings.Add(Finding.Error(slug, $"role_bindings[{i}].role", "has no resources or no verbs", "at least one resource and one verb"));
            }

            if (HasUnknown(binding))
            {
                findings.Add(Finding.Error(slug, $"role_bindings[{i}]", "has an unknown verb or subject kind", "verbs get, list, watch, create, update, patch, delete, deletecollection; subjects ServiceAccount or User"));
            }

            if (binding.Subjects.Count == 0)
            {
                findings.Add(Finding.Error(slug, $"role_bindings[{i}].subjects", "is empty", "at least one ServiceAccount or User"));
            }
        }

        for (var i = 0; i < spec.ImagePullSecrets.Count; i++)
        {
            // Say that the data is malformed, never what it is.
            if (spec.ImagePullSecrets[i].Data is { } data && !IsBase64(data))
            {
                findings.Add(Finding.Error(slug, $"image_pull_secrets[{i}].data", "is present but not base64", "the base64 of a .dockerconfigjson"));
            }
        }

        if (spec.Groups.Count == 0)
        {
            findings.Add(Finding.Warning(slug, "groups", "is empty, so no user sees the profile", "give it at least one JupyterHub group, e.g. groups=staff"));
        }
    }

    private static void Ignored(string slug, string field, int count, List<Finding> findings)
    {
        if (count > 0)
        {
            findings.Add(Finding.Warning(slug, field, "ignored by the hub because the profile has no volume", "add a volume, or drop them"));
        }
    }

    // Named checks instead of Enum.IsDefined<T>, which is compiled at start-up for every enum it meets.
    private static bool HasUnknown(RoleBindingSpec binding)
    {
        for (var i = 0; i < binding.Role.Verbs.Count; i++)
        {
            if (!IsKnown(binding.Role.Verbs[i]))
            {
                return true;
            }
        }

        for (var i = 0; i < binding.Subjects.Count; i++)
        {
            if (!IsKnown(binding.Subjects[i].Kind))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsKnown(RoleVerb verb) => verb is RoleVerb.Get or RoleVerb.List or RoleVerb.Watch or RoleVerb.Create
        or RoleVerb.Update or RoleVerb.Patch or RoleVerb.Delete or RoleVerb.DeleteCollection;

    internal static bool IsKnown(SubjectKind kind) => kind is SubjectKind.ServiceAccount or SubjectKind.User;

    private static bool IsBase64(string data)
    {
        var buffer = new byte[data.Length];
        return data.Length > 0 && Convert.TryFromBase64String(data, buffer, out _);
    }
}
