using System.Globalization;
using WorkspaceConfigurator.Rendering;
using WorkspaceConfigurator.Rendering.AppHub;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Templates;

/// <summary>
/// One string of a profile's config.yml: the field that holds it, named by its config.yml path
/// (<c>pod_env_vars.FOO</c>, <c>manifests[0].content[1].data.gateway.yaml</c>), the text, and whether it is inside a
/// manifest, whose content the hub renders twice.
/// </summary>
internal sealed record SpecString(string Field, string Text, bool InManifest);

/// <summary>
/// Every string a profile's config.yml holds, read from the spec instead of a rendered config.yml, so that checks need
/// no renderer: values, and the keys that come from the spec (node selector labels, env names, extended resource
/// names, annotations, keys inside manifests). A key has the same field as its value, and comes just before it.
/// The order is config.yml's (<see cref="AppHubConfigRenderer"/>, <see cref="AppHubParts"/>), so findings come out in
/// the order users read them in dump-config; a key or string added there must be added here in the same place. The
/// key names the renderer writes itself are left out: they are constants and hold no template syntax.
/// </summary>
internal static class SpecStrings
{
    private const string Override = "definition.kubespawner_override";

    public static IReadOnlyList<SpecString> Of(ProfileSpec spec)
    {
        var strings = new List<SpecString>();
        Add(strings, "id", AppHubConfigRenderer.ProfileId(spec));
        Items(strings, "groups", spec.Groups);
        Add(strings, "definition.display_name", spec.DisplayName);
        Add(strings, "definition.description", spec.Description);
        Add(strings, "definition.slug", spec.Slug);
        Add(strings, Override + ".mem_limit", spec.MemLimit.ToHubString());
        AddIfNotNull(strings, Override + ".mem_guarantee", spec.MemGuarantee?.ToHubString());
        Add(strings, Override + ".image", spec.Image);
        Keys(strings, Override + ".extra_resource_limits", spec.ExtraResourceLimits);
        Keys(strings, Override + ".extra_resource_guarantees", spec.ExtraResourceGuarantees);
        Pairs(strings, "node_selector", spec.NodeSelector);
        AddIfNotNull(strings, "default_url", spec.DefaultUrl);
        Env(strings, spec.Env);
        for (var i = 0; i < spec.ConfigMaps.Count; i++)
        {
            ConfigMap(strings, Index("config_maps", i), spec.ConfigMaps[i]);
        }

        for (var i = 0; i < spec.Volumes.Count; i++)
        {
            Volume(strings, Index("volumes", i), spec.Volumes[i]);
        }

        for (var i = 0; i < spec.RoleBindings.Count; i++)
        {
            RoleBinding(strings, Index("role_bindings", i), spec.RoleBindings[i]);
        }

        for (var i = 0; i < spec.ImagePullSecrets.Count; i++)
        {
            var field = Index("image_pull_secrets", i);
            Add(strings, field + ".name", spec.ImagePullSecrets[i].Name);
            AddIfNotNull(strings, field + ".data", spec.ImagePullSecrets[i].Data);
        }

        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            InitContainer(strings, Index("init_containers", i), spec.InitContainers[i]);
        }

        for (var i = 0; i < spec.Manifests.Count; i++)
        {
            Manifest(strings, Index("manifests", i), spec.Manifests[i]);
        }

        Items(strings, "env_from_config_maps", spec.EnvFromConfigMaps);
        Items(strings, "env_from_secrets", spec.EnvFromSecrets);
        for (var i = 0; i < spec.SecretMounts.Count; i++)
        {
            var field = Index("secret_mounts", i);
            Add(strings, field + ".name", spec.SecretMounts[i].Name);
            Add(strings, field + ".mount_path", spec.SecretMounts[i].MountPath);
            AddIfNotNull(strings, field + ".sub_path", spec.SecretMounts[i].SubPath);
        }

        return strings;
    }

    private static void Env(List<SpecString> strings, ValueMap<EnvValue> env)
    {
        for (var i = 0; i < env.Count; i++)
        {
            var field = "pod_env_vars." + env[i].Key;
            Add(strings, field, env[i].Key);
            switch (env[i].Value)
            {
                case LiteralEnvValue literal:
                    Add(strings, field, literal.Text);
                    break;
                case ConfigMapKeyEnvValue reference:
                    Add(strings, field + ".from_config_map.name", reference.Name);
                    Add(strings, field + ".from_config_map.key", reference.Key);
                    break;
                default:
                    // As the renderer: a new kind of value must be given its config.yml form in both places.
                    throw new InvalidOperationException(env[i].Value.GetType().Name);
            }
        }
    }

    private static void ConfigMap(List<SpecString> strings, string field, ConfigMapSpec c)
    {
        Add(strings, field + ".name", c.Name);
        Add(strings, field + ".key", c.Key);
        AddIfNotNull(strings, field + ".mount_path", c.MountPath);
        Add(strings, field + ".default_mode", c.OctalMode);
        AddIfNotNull(strings, field + ".content", c.Content);
    }

    private static void Volume(List<SpecString> strings, string field, VolumeSpec v)
    {
        Add(strings, field + ".name", v.Name);
        Add(strings, field + ".claim_name", v.ClaimName);
        Add(strings, field + ".size", v.Size.Text);
        Add(strings, field + ".storage_class", v.StorageClass);
        Items(strings, field + ".access_modes", SpecNames.AccessModes(v.AccessModes));
        Add(strings, field + ".volume_mount.name", v.Name);
        Add(strings, field + ".volume_mount.mount_path", v.MountPath);
        Pairs(strings, field + ".annotations", v.Annotations);
    }

    private static void RoleBinding(List<SpecString> strings, string field, RoleBindingSpec r)
    {
        Add(strings, field + ".name", r.Name);
        for (var i = 0; i < r.Subjects.Count; i++)
        {
            var subject = Index(field + ".subjects", i);
            Add(strings, subject + ".name", r.Subjects[i].Name);
            Add(strings, subject + ".kind", SpecNames.Kind(r.Subjects[i].Kind));
        }

        Add(strings, field + ".role.name", r.Role.Name);
        Items(strings, field + ".role.resources", r.Role.Resources);
        Items(strings, field + ".role.verbs", SpecNames.Verbs(r.Role.Verbs));
        Items(strings, field + ".role.api_groups", r.Role.ApiGroups);
    }

    private static void InitContainer(List<SpecString> strings, string field, InitContainerSpec c)
    {
        Add(strings, field + ".name", c.Name);
        Add(strings, field + ".image", c.Image);
        Items(strings, field + ".command", c.Command);
        for (var i = 0; i < c.VolumeMounts.Count; i++)
        {
            var mount = Index(field + ".volume_mounts", i);
            Add(strings, mount + ".name", c.VolumeMounts[i].Name);
            Add(strings, mount + ".mount_path", c.VolumeMounts[i].MountPath);
            AddIfNotNull(strings, mount + ".sub_path", c.VolumeMounts[i].SubPath);
        }
    }

    // Everything under manifests[…] counts as manifest text, its name and key included, as the config.yml path says.
    private static void Manifest(List<SpecString> strings, string field, ManifestSpec m)
    {
        strings.Add(new SpecString(field + ".name", m.Name, InManifest: true));
        strings.Add(new SpecString(field + ".key", m.Key, InManifest: true));
        for (var i = 0; i < m.Content.Count; i++)
        {
            Node(strings, Index(field + ".content", i), m.Content[i]);
        }
    }

    // A manifest object is free-form YAML: every key and string scalar in it, keys joined with '.', items with [i].
    private static void Node(List<SpecString> strings, string field, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var (key, value) = mapping.Entries[i];
                    var entry = field + "." + key;
                    strings.Add(new SpecString(entry, key, InManifest: true));
                    Node(strings, entry, value);
                }

                break;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Node(strings, Index(field, i), sequence.Items[i]);
                }

                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                strings.Add(new SpecString(field, scalar.Text, InManifest: true));
                break;
        }
    }

    private static void Add(List<SpecString> strings, string field, string text) => strings.Add(new SpecString(field, text, InManifest: false));

    // Optional values are left out of config.yml (or written as null) when absent.
    private static void AddIfNotNull(List<SpecString> strings, string field, string? text)
    {
        if (text is not null)
        {
            Add(strings, field, text);
        }
    }

    private static void Items(List<SpecString> strings, string field, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            Add(strings, Index(field, i), items[i]);
        }
    }

    private static void Pairs(List<SpecString> strings, string field, ValueMap<string> pairs)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            var entry = field + "." + pairs[i].Key;
            Add(strings, entry, pairs[i].Key);
            Add(strings, entry, pairs[i].Value);
        }
    }

    // Extended resources: the names are strings from the spec, the counts are numbers.
    private static void Keys(List<SpecString> strings, string field, ValueMap<long> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            Add(strings, field + "." + counts[i].Key, counts[i].Key);
        }
    }

    private static string Index(string field, int i) => string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
}
