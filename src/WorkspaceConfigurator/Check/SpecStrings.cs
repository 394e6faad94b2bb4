using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Hub.Templates;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Every string a profile's config.yml holds, read from the spec instead of a rendered config.yml, so that checks need
/// no renderer: values, and the keys that come from the spec (node selector labels, env names, extended resource
/// names, annotations, keys inside manifests). A key has the same field as its value, and comes just before it.
/// The order is config.yml's (as Render/AppHub writes it), so findings come out in
/// the order users read them in dump-config; a key or string added there must be added here in the same place. The
/// key names the renderer writes itself are left out: they are constants and hold no template syntax. The checks ask
/// only for the strings the hub's Jinja step touches (<see cref="WithTemplateSyntax"/>), which most profiles have
/// none of: the walk then makes no object for the others, not even their paths.
/// </summary>
internal static class SpecStrings
{
    private static readonly FieldPath Definition = FieldPath.Of("definition");

    private static readonly FieldPath Override = Definition.Then("kubespawner_override");

    /// <summary>Every string, in config.yml order.</summary>
    public static IReadOnlyList<SpecString> Of(ProfileSpec spec) => Walk(spec, static (_, _) => true);

    /// <summary>
    /// The strings the hub renders, where template rules apply: in manifests any template syntax (they are rendered
    /// twice), elsewhere a <c>{{</c> (the hub runs Jinja only on those).
    /// </summary>
    public static IReadOnlyList<SpecString> WithTemplateSyntax(ProfileSpec spec) => Walk(spec, static (text, inManifest) =>
        inManifest ? PlaceholderRenderer.ContainsTemplateSyntax(text) : PlaceholderRenderer.IsRenderedByHub(text));

    private static List<SpecString> Walk(ProfileSpec spec, Func<string, bool, bool> wanted)
    {
        var strings = new Strings(wanted);
        strings.Add(null, "id", SpecNames.ProfileId(spec));
        Items(strings, null, "groups", spec.Groups);
        strings.Add(Definition, "display_name", spec.DisplayName);
        strings.Add(Definition, "description", spec.Description);
        strings.Add(Definition, "slug", spec.Slug);
        strings.Add(Override, "mem_limit", spec.MemLimit.ToHubString());
        strings.Add(Override, "mem_guarantee", spec.MemGuarantee?.ToHubString());
        strings.Add(Override, "image", spec.Image);
        Keys(strings, Override, "extra_resource_limits", spec.ExtraResourceLimits);
        Keys(strings, Override, "extra_resource_guarantees", spec.ExtraResourceGuarantees);
        Pairs(strings, null, "node_selector", spec.NodeSelector);
        strings.Add(null, "default_url", spec.DefaultUrl);
        Env(strings, spec.Env);
        for (var i = 0; i < spec.ConfigMaps.Count; i++)
        {
            ConfigMap(strings, Item("config_maps", i), spec.ConfigMaps[i]);
        }

        for (var i = 0; i < spec.Volumes.Count; i++)
        {
            Volume(strings, Item("volumes", i), spec.Volumes[i]);
        }

        for (var i = 0; i < spec.RoleBindings.Count; i++)
        {
            RoleBinding(strings, Item("role_bindings", i), spec.RoleBindings[i]);
        }

        for (var i = 0; i < spec.ImagePullSecrets.Count; i++)
        {
            var field = Item("image_pull_secrets", i);
            strings.Add(field, "name", spec.ImagePullSecrets[i].Name);
            strings.Add(field, "data", spec.ImagePullSecrets[i].Data);
        }

        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            InitContainer(strings, Item("init_containers", i), spec.InitContainers[i]);
        }

        for (var i = 0; i < spec.Manifests.Count; i++)
        {
            Manifest(strings, Item("manifests", i), spec.Manifests[i]);
        }

        Items(strings, null, "env_from_config_maps", spec.EnvFromConfigMaps);
        Items(strings, null, "env_from_secrets", spec.EnvFromSecrets);
        for (var i = 0; i < spec.SecretMounts.Count; i++)
        {
            var field = Item("secret_mounts", i);
            strings.Add(field, "name", spec.SecretMounts[i].Name);
            strings.Add(field, "mount_path", spec.SecretMounts[i].MountPath);
            strings.Add(field, "sub_path", spec.SecretMounts[i].SubPath);
        }

        return strings.Found;
    }

    private static void Env(Strings strings, ValueMap<EnvValue> env)
    {
        var vars = FieldPath.Of("pod_env_vars");
        for (var i = 0; i < env.Count; i++)
        {
            var (name, value) = env[i];
            strings.Add(vars, name, name);
            switch (value)
            {
                case LiteralEnvValue literal:
                    strings.Add(vars, name, literal.Text);
                    break;
                case ConfigMapKeyEnvValue reference:
                    var from = vars.Then(name).Then("from_config_map");
                    strings.Add(from, "name", reference.Name);
                    strings.Add(from, "key", reference.Key);
                    break;
                default:
                    // As the renderer: a new kind of value must be given its config.yml form in both places.
                    throw new InvalidOperationException(value.GetType().Name);
            }
        }
    }

    private static void ConfigMap(Strings strings, FieldPath field, ConfigMapSpec c)
    {
        strings.Add(field, "name", c.Name);
        strings.Add(field, "key", c.Key);
        strings.Add(field, "mount_path", c.MountPath);
        strings.Add(field, "default_mode", c.OctalMode);
        strings.Add(field, "content", c.Content);
    }

    private static void Volume(Strings strings, FieldPath field, VolumeSpec v)
    {
        strings.Add(field, "name", v.Name);
        strings.Add(field, "claim_name", v.ClaimName);
        strings.Add(field, "size", v.Size.Text);
        strings.Add(field, "storage_class", v.StorageClass);
        Items(strings, field, "access_modes", SpecNames.AccessModes(v.AccessModes));
        var mount = field.Then("volume_mount");
        strings.Add(mount, "name", v.Name);
        strings.Add(mount, "mount_path", v.MountPath);
        Pairs(strings, field, "annotations", v.Annotations);
    }

    private static void RoleBinding(Strings strings, FieldPath field, RoleBindingSpec r)
    {
        strings.Add(field, "name", r.Name);
        for (var i = 0; i < r.Subjects.Count; i++)
        {
            strings.Add(field, "subjects", i, "name", r.Subjects[i].Name);
            strings.Add(field, "subjects", i, "kind", SpecNames.Kind(r.Subjects[i].Kind));
        }

        var role = field.Then("role");
        strings.Add(role, "name", r.Role.Name);
        Items(strings, role, "resources", r.Role.Resources);
        Items(strings, role, "verbs", SpecNames.Verbs(r.Role.Verbs));
        Items(strings, role, "api_groups", r.Role.ApiGroups);
    }

    private static void InitContainer(Strings strings, FieldPath field, InitContainerSpec c)
    {
        strings.Add(field, "name", c.Name);
        strings.Add(field, "image", c.Image);
        Items(strings, field, "command", c.Command);
        for (var i = 0; i < c.VolumeMounts.Count; i++)
        {
            strings.Add(field, "volume_mounts", i, "name", c.VolumeMounts[i].Name);
            strings.Add(field, "volume_mounts", i, "mount_path", c.VolumeMounts[i].MountPath);
            strings.Add(field, "volume_mounts", i, "sub_path", c.VolumeMounts[i].SubPath);
        }
    }

    // Everything under manifests[…] counts as manifest text, its name and key included, as the config.yml path says.
    private static void Manifest(Strings strings, FieldPath field, ManifestSpec m)
    {
        strings.Add(field, "name", m.Name, inManifest: true);
        strings.Add(field, "key", m.Key, inManifest: true);
        var content = field.Then("content");
        for (var i = 0; i < m.Content.Count; i++)
        {
            Node(strings, content.At(i), m.Content[i]);
        }
    }

    // A manifest object is free-form YAML: every key and string scalar in it, keys joined with '.', items with [i].
    private static void Node(Strings strings, FieldPath field, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var (key, value) = mapping.Entries[i];
                    strings.Add(field, key, key, inManifest: true);
                    if (value is not YamlScalar)
                    {
                        Node(strings, field.Then(key), value);
                    }
                    else if (value is YamlScalar { Kind: YamlScalarKind.String } scalar)
                    {
                        strings.Add(field, key, scalar.Text, inManifest: true);
                    }
                }

                break;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (sequence.Items[i] is YamlScalar { Kind: YamlScalarKind.String } scalar)
                    {
                        strings.Add(field, i, scalar.Text);
                    }
                    else
                    {
                        Node(strings, field.At(i), sequence.Items[i]);
                    }
                }

                break;
            case YamlScalar { Kind: YamlScalarKind.String } scalar:
                strings.Add(field, scalar.Text);
                break;
        }
    }

    private static void Items(Strings strings, FieldPath? parent, string key, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            strings.Add(parent, key, i, items[i]);
        }
    }

    private static void Pairs(Strings strings, FieldPath? parent, string key, ValueMap<string> pairs)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            strings.Add(parent, key, pairs[i].Key, pairs[i].Key);
            strings.Add(parent, key, pairs[i].Key, pairs[i].Value);
        }
    }

    // Extended resources: the names are strings from the spec, the counts are numbers.
    private static void Keys(Strings strings, FieldPath parent, string key, ValueMap<long> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            strings.Add(parent, key, counts[i].Key, counts[i].Key);
        }
    }

    private static FieldPath Item(string key, int i) => FieldPath.Of(key).At(i);

    // The strings wanted, each with its path; a path is made only for a string that is kept. Optional values that
    // are absent (null) are left out, as config.yml leaves them out (or writes null).
    private sealed class Strings(Func<string, bool, bool> wanted)
    {
        public List<SpecString> Found { get; } = [];

        // parent.key (a top-level key when parent is null)
        public void Add(FieldPath? parent, string key, string? text, bool inManifest = false)
        {
            if (text is not null && wanted(text, inManifest))
            {
                Found.Add(new SpecString(parent is null ? FieldPath.Of(key) : parent.Then(key), text, inManifest));
            }
        }

        // parent.key[i]
        public void Add(FieldPath? parent, string key, int index, string text)
        {
            if (wanted(text, false))
            {
                Found.Add(new SpecString((parent is null ? FieldPath.Of(key) : parent.Then(key)).At(index), text, false));
            }
        }

        // parent.key[i].leaf
        public void Add(FieldPath parent, string key, int index, string leaf, string? text)
        {
            if (text is not null && wanted(text, false))
            {
                Found.Add(new SpecString(parent.Then(key).At(index).Then(leaf), text, false));
            }
        }

        // parent.key.leaf
        public void Add(FieldPath? parent, string key, string leaf, string text)
        {
            if (wanted(text, false))
            {
                Found.Add(new SpecString((parent is null ? FieldPath.Of(key) : parent.Then(key)).Then(leaf), text, false));
            }
        }

        // field[i] inside a manifest
        public void Add(FieldPath field, int index, string text)
        {
            if (wanted(text, true))
            {
                Found.Add(new SpecString(field.At(index), text, true));
            }
        }

        // field itself inside a manifest
        public void Add(FieldPath field, string text)
        {
            if (wanted(text, true))
            {
                Found.Add(new SpecString(field, text, true));
            }
        }
    }
}
