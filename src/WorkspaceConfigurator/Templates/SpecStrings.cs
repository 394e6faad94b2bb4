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
internal sealed record SpecString(FieldPath Path, string Text, bool InManifest)
{
    /// <summary>The config.yml path, spelled out: only a finding needs it, so it is not built for every string.</summary>
    public string Field => Path.ToString();
}

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
    private static readonly FieldPath Override = FieldPath.Of("definition").Then("kubespawner_override");

    public static IReadOnlyList<SpecString> Of(ProfileSpec spec)
    {
        var strings = new List<SpecString>();
        Add(strings, FieldPath.Of("id"), AppHubConfigRenderer.ProfileId(spec));
        Items(strings, FieldPath.Of("groups"), spec.Groups);
        Add(strings, FieldPath.Of("definition").Then("display_name"), spec.DisplayName);
        Add(strings, FieldPath.Of("definition").Then("description"), spec.Description);
        Add(strings, FieldPath.Of("definition").Then("slug"), spec.Slug);
        Add(strings, Override.Then("mem_limit"), spec.MemLimit.ToHubString());
        AddIfNotNull(strings, Override.Then("mem_guarantee"), spec.MemGuarantee?.ToHubString());
        Add(strings, Override.Then("image"), spec.Image);
        Keys(strings, Override.Then("extra_resource_limits"), spec.ExtraResourceLimits);
        Keys(strings, Override.Then("extra_resource_guarantees"), spec.ExtraResourceGuarantees);
        Pairs(strings, FieldPath.Of("node_selector"), spec.NodeSelector);
        AddIfNotNull(strings, FieldPath.Of("default_url"), spec.DefaultUrl);
        Env(strings, spec.Env);
        for (var i = 0; i < spec.ConfigMaps.Count; i++)
        {
            ConfigMap(strings, FieldPath.Of("config_maps").At(i), spec.ConfigMaps[i]);
        }

        for (var i = 0; i < spec.Volumes.Count; i++)
        {
            Volume(strings, FieldPath.Of("volumes").At(i), spec.Volumes[i]);
        }

        for (var i = 0; i < spec.RoleBindings.Count; i++)
        {
            RoleBinding(strings, FieldPath.Of("role_bindings").At(i), spec.RoleBindings[i]);
        }

        for (var i = 0; i < spec.ImagePullSecrets.Count; i++)
        {
            var field = FieldPath.Of("image_pull_secrets").At(i);
            Add(strings, field.Then("name"), spec.ImagePullSecrets[i].Name);
            AddIfNotNull(strings, field.Then("data"), spec.ImagePullSecrets[i].Data);
        }

        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            InitContainer(strings, FieldPath.Of("init_containers").At(i), spec.InitContainers[i]);
        }

        for (var i = 0; i < spec.Manifests.Count; i++)
        {
            Manifest(strings, FieldPath.Of("manifests").At(i), spec.Manifests[i]);
        }

        Items(strings, FieldPath.Of("env_from_config_maps"), spec.EnvFromConfigMaps);
        Items(strings, FieldPath.Of("env_from_secrets"), spec.EnvFromSecrets);
        for (var i = 0; i < spec.SecretMounts.Count; i++)
        {
            var field = FieldPath.Of("secret_mounts").At(i);
            Add(strings, field.Then("name"), spec.SecretMounts[i].Name);
            Add(strings, field.Then("mount_path"), spec.SecretMounts[i].MountPath);
            AddIfNotNull(strings, field.Then("sub_path"), spec.SecretMounts[i].SubPath);
        }

        return strings;
    }

    private static void Env(List<SpecString> strings, ValueMap<EnvValue> env)
    {
        for (var i = 0; i < env.Count; i++)
        {
            var field = FieldPath.Of("pod_env_vars").Then(env[i].Key);
            Add(strings, field, env[i].Key);
            switch (env[i].Value)
            {
                case LiteralEnvValue literal:
                    Add(strings, field, literal.Text);
                    break;
                case ConfigMapKeyEnvValue reference:
                    Add(strings, field.Then("from_config_map").Then("name"), reference.Name);
                    Add(strings, field.Then("from_config_map").Then("key"), reference.Key);
                    break;
                default:
                    // As the renderer: a new kind of value must be given its config.yml form in both places.
                    throw new InvalidOperationException(env[i].Value.GetType().Name);
            }
        }
    }

    private static void ConfigMap(List<SpecString> strings, FieldPath field, ConfigMapSpec c)
    {
        Add(strings, field.Then("name"), c.Name);
        Add(strings, field.Then("key"), c.Key);
        AddIfNotNull(strings, field.Then("mount_path"), c.MountPath);
        Add(strings, field.Then("default_mode"), c.OctalMode);
        AddIfNotNull(strings, field.Then("content"), c.Content);
    }

    private static void Volume(List<SpecString> strings, FieldPath field, VolumeSpec v)
    {
        Add(strings, field.Then("name"), v.Name);
        Add(strings, field.Then("claim_name"), v.ClaimName);
        Add(strings, field.Then("size"), v.Size.Text);
        Add(strings, field.Then("storage_class"), v.StorageClass);
        Items(strings, field.Then("access_modes"), SpecNames.AccessModes(v.AccessModes));
        Add(strings, field.Then("volume_mount").Then("name"), v.Name);
        Add(strings, field.Then("volume_mount").Then("mount_path"), v.MountPath);
        Pairs(strings, field.Then("annotations"), v.Annotations);
    }

    private static void RoleBinding(List<SpecString> strings, FieldPath field, RoleBindingSpec r)
    {
        Add(strings, field.Then("name"), r.Name);
        for (var i = 0; i < r.Subjects.Count; i++)
        {
            var subject = field.Then("subjects").At(i);
            Add(strings, subject.Then("name"), r.Subjects[i].Name);
            Add(strings, subject.Then("kind"), SpecNames.Kind(r.Subjects[i].Kind));
        }

        Add(strings, field.Then("role").Then("name"), r.Role.Name);
        Items(strings, field.Then("role").Then("resources"), r.Role.Resources);
        Items(strings, field.Then("role").Then("verbs"), SpecNames.Verbs(r.Role.Verbs));
        Items(strings, field.Then("role").Then("api_groups"), r.Role.ApiGroups);
    }

    private static void InitContainer(List<SpecString> strings, FieldPath field, InitContainerSpec c)
    {
        Add(strings, field.Then("name"), c.Name);
        Add(strings, field.Then("image"), c.Image);
        Items(strings, field.Then("command"), c.Command);
        for (var i = 0; i < c.VolumeMounts.Count; i++)
        {
            var mount = field.Then("volume_mounts").At(i);
            Add(strings, mount.Then("name"), c.VolumeMounts[i].Name);
            Add(strings, mount.Then("mount_path"), c.VolumeMounts[i].MountPath);
            AddIfNotNull(strings, mount.Then("sub_path"), c.VolumeMounts[i].SubPath);
        }
    }

    // Everything under manifests[…] counts as manifest text, its name and key included, as the config.yml path says.
    private static void Manifest(List<SpecString> strings, FieldPath field, ManifestSpec m)
    {
        strings.Add(new SpecString(field.Then("name"), m.Name, InManifest: true));
        strings.Add(new SpecString(field.Then("key"), m.Key, InManifest: true));
        for (var i = 0; i < m.Content.Count; i++)
        {
            Node(strings, field.Then("content").At(i), m.Content[i]);
        }
    }

    // A manifest object is free-form YAML: every key and string scalar in it, keys joined with '.', items with [i].
    private static void Node(List<SpecString> strings, FieldPath field, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var (key, value) = mapping.Entries[i];
                    var entry = field.Then(key);
                    strings.Add(new SpecString(entry, key, InManifest: true));
                    Node(strings, entry, value);
                }

                break;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Node(strings, field.At(i), sequence.Items[i]);
                }

                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                strings.Add(new SpecString(field, scalar.Text, InManifest: true));
                break;
        }
    }

    private static void Add(List<SpecString> strings, FieldPath field, string text) => strings.Add(new SpecString(field, text, InManifest: false));

    // Optional values are left out of config.yml (or written as null) when absent.
    private static void AddIfNotNull(List<SpecString> strings, FieldPath field, string? text)
    {
        if (text is not null)
        {
            Add(strings, field, text);
        }
    }

    private static void Items(List<SpecString> strings, FieldPath field, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            Add(strings, field.At(i), items[i]);
        }
    }

    private static void Pairs(List<SpecString> strings, FieldPath field, ValueMap<string> pairs)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            var entry = field.Then(pairs[i].Key);
            Add(strings, entry, pairs[i].Key);
            Add(strings, entry, pairs[i].Value);
        }
    }

    // Extended resources: the names are strings from the spec, the counts are numbers.
    private static void Keys(List<SpecString> strings, FieldPath field, ValueMap<long> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            Add(strings, field.Then(counts[i].Key), counts[i].Key);
        }
    }
}
