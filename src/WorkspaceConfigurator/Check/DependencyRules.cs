using System.Globalization;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub.Templates;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Parts that depend on other parts: what the hub applies only to profiles with at least one volume, env read from a
/// config map the profile itself creates (too late for the read); and role-binding details the hub's models reject.
/// </summary>
internal static class DependencyRules
{
    // Stand-ins for the two placeholders that no literal name can hold: names are compared as the hub renders them, so
    // "{{spawner.user.name}}" matches "{{ spawner.user.name }}", and a literal never matches a placeholder.
    private static readonly PlaceholderValues StandIns = new("\0user", "\0namespace");

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

        EnvFromOwnConfigMaps(spec, findings);

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

    // An error, not a warning: the hub drops these without a word, so the workspace would start without its role
    // bindings, pull secrets, init containers, env or secrets, and nothing at spawn time says why.
    private static void Ignored(string slug, string field, int count, List<Finding> findings)
    {
        if (count > 0)
        {
            findings.Add(Finding.Error(slug, field, "ignored by the hub because the profile has no volume: the workspace would start without them", "add a volume, or drop them"));
        }
    }

    /// <summary>
    /// The hub reads pod_env_vars values of the form from_config_map from the cluster early in the spawn, before it
    /// creates the profile's config maps and applies its manifests: a value read from a config map the profile creates
    /// itself finds nothing there, and the spawn fails (404). env_from_config_maps is not concerned: it goes into the
    /// pod as a reference that Kubernetes resolves when the container starts, after the hub created the config map.
    /// </summary>
    private static void EnvFromOwnConfigMaps(ProfileSpec spec, List<Finding> findings)
    {
        Dictionary<string, string>? created = null;
        for (var i = 0; i < spec.Env.Count; i++)
        {
            if (spec.Env[i].Value is not ConfigMapKeyEnvValue reference)
            {
                continue;
            }

            created ??= CreatedConfigMaps(spec);
            if (created.TryGetValue(Rendered(reference.Name), out var creator))
            {
                findings.Add(Finding.Error(spec.Slug, $"pod_env_vars.{spec.Env[i].Key}.from_config_map.name",
                    $"config map '{reference.Name}' is created by this profile ({creator}), but the hub reads the value before it creates the profile's config maps, so the spawn fails (404) while the config map does not exist yet",
                    "a config map created beforehand, e.g. another profile's config map with persist: true or one made outside the hub, or a plain value"));
            }
        }
    }

    /// <summary>The config maps a spawn of the profile creates, by rendered name, each with the field that creates it (the first one).</summary>
    private static Dictionary<string, string> CreatedConfigMaps(ProfileSpec spec)
    {
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < spec.ConfigMaps.Count; i++)
        {
            // A config map without content is one the profile mounts, not one it creates.
            if (spec.ConfigMaps[i].Content is not null)
            {
                created.TryAdd(Rendered(spec.ConfigMaps[i].Name), Index("config_maps", i));
            }
        }

        for (var i = 0; i < spec.Manifests.Count; i++)
        {
            var content = spec.Manifests[i].Content;
            for (var j = 0; j < content.Count; j++)
            {
                if (content[j] is YamlMapping obj && obj.GetString("apiVersion") == "v1" && obj.GetString("kind") == "ConfigMap"
                    && obj["metadata"] is YamlMapping metadata && metadata.GetString("name") is { } name && InUserNamespace(metadata))
                {
                    created.TryAdd(Rendered(name), Index(Index("manifests", i) + ".content", j));
                }
            }
        }

        return created;
    }

    // The hub creates manifest objects in the user's namespace unless an object names another one.
    private static bool InUserNamespace(YamlMapping metadata) =>
        metadata["namespace"] is null || (metadata.GetString("namespace") is { } ns && Rendered(ns) == StandIns.Namespace);

    private static string Rendered(string text) => PlaceholderRenderer.RenderHubString(text, StandIns).Text ?? text;

    private static string Index(string field, int i) => string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");

    private static bool HasUnknown(RoleBindingSpec binding) =>
        !binding.Role.Verbs.All(Enum.IsDefined) || !binding.Subjects.All(s => Enum.IsDefined(s.Kind));

    private static bool IsBase64(string data)
    {
        var buffer = new byte[data.Length];
        return data.Length > 0 && Convert.TryFromBase64String(data, buffer, out _);
    }
}
