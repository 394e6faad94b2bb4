namespace WorkspaceConfigurator.Layers.Items;

/// <summary>Every kind of named item a values file may patch, with its fields, in config.yml's order.</summary>
internal static class ItemKinds
{
    /// <summary><c>config_maps:</c> a ConfigMap the hub creates (from <c>content</c>) and mounts as one file.</summary>
    public static ItemKind ConfigMaps { get; } = new()
    {
        Name = "config_maps",
        Noun = "config map",
        Fields =
        [
            new("key", ItemFieldType.Text, "data key of the ConfigMap, and the file name of the mount (its subPath)") { RequiredForNew = true },
            new("mount_path", ItemFieldType.OptionalText, "where the file is mounted in the workspace; null: created but not mounted"),
            new("default_mode", ItemFieldType.FileMode, "file mode as an octal text, e.g. \"0644\" (default \"0660\")"),
            new("readonly", ItemFieldType.Bool, "mount read-only (default true)"),
            new("content", ItemFieldType.OptionalText, "the file's text; null: mount a ConfigMap that exists already") { RequiredForNew = true },
            new("content_file", ItemFieldType.TextFile, "a file beside the values file whose text is the content") { Sets = "content", RequiredForNew = true },
            new("persist", ItemFieldType.Bool, "kept when the workspace stops (default false)"),
        ],
    };

    /// <summary><c>volumes:</c> a PersistentVolumeClaim the hub creates and mounts; the item's name is the pod volume name.</summary>
    public static ItemKind Volumes { get; } = new()
    {
        Name = "volumes",
        Noun = "volume",
        Fields =
        [
            new("claim_name", ItemFieldType.Text, "name of the PersistentVolumeClaim") { RequiredForNew = true },
            new("size", ItemFieldType.Size, "storage request, e.g. 10Gi") { RequiredForNew = true },
            new("storage_class", ItemFieldType.Text, "storage class (default: the profile's storage_class_rwx for ReadWriteMany, else storage_class_rwo)"),
            new("access_modes", ItemFieldType.AccessModes, "access modes (default [ReadWriteOnce])"),
            new("mount_path", ItemFieldType.Text, "where the volume is mounted") { RequiredForNew = true },
            new("persist", ItemFieldType.Bool, "kept when the workspace stops; false deletes the claim and its data at stop") { RequiredForNew = true },
            new("annotations", ItemFieldType.TextMap, "annotations of the claim (merged entry by entry; null deletes one)"),
        ],
    };

    /// <summary><c>role_bindings:</c> a Role with one rule and the RoleBinding that grants it, in the user's namespace.</summary>
    public static ItemKind RoleBindings { get; } = new()
    {
        Name = "role_bindings",
        Noun = "role binding",
        Fields =
        [
            new("subjects", ItemFieldType.Subjects, "who is granted the role: [{name, kind: ServiceAccount|User}]") { RequiredForNew = true },
            new("role", ItemFieldType.Role, "the role: {name, resources, verbs, api_groups (default [\"\"], the core API group)}") { RequiredForNew = true },
            new("persist", ItemFieldType.Bool, "kept when the workspace stops (default false)"),
        ],
    };

    /// <summary>
    /// <c>image_pull_secrets:</c> a pull Secret the pod references. A values file names it only: its data (credentials)
    /// never goes in a values file, so the Secret is created elsewhere (a manifest, the cluster's own tooling).
    /// </summary>
    public static ItemKind ImagePullSecrets { get; } = new()
    {
        Name = "image_pull_secrets",
        Noun = "image pull secret",
        Fields = [new("persist", ItemFieldType.Bool, "kept when the workspace stops (default false)")],
        Refused = new Dictionary<string, string>
        {
            ["data"] = "credentials never go in a values file: create the Secret elsewhere (a manifest, the cluster's secret tooling) and only name it here",
        },
    };

    /// <summary><c>init_containers:</c> a container run before the workspace starts (the hub passes name, image, command and mounts).</summary>
    public static ItemKind InitContainers { get; } = new()
    {
        Name = "init_containers",
        Noun = "init container",
        Fields =
        [
            new("image", ItemFieldType.Text, "container image (default: the profile's image)"),
            new("command", ItemFieldType.TextList, "the command and its arguments, a list") { RequiredForNew = true },
            new("volume_mounts", ItemFieldType.VolumeMounts, "pod volumes to mount: [{name, mount_path, sub_path}]"),
        ],
    };

    /// <summary><c>manifests:</c> Kubernetes objects the hub creates in the user's namespace at spawn.</summary>
    public static ItemKind Manifests { get; } = new()
    {
        Name = "manifests",
        Noun = "manifest",
        Fields =
        [
            new("key", ItemFieldType.Text, "the manifest's key (the hub requires one)") { RequiredForNew = true },
            new("content", ItemFieldType.Manifests, "the Kubernetes objects, a list of mappings") { RequiredForNew = true },
            new("manifest_file", ItemFieldType.ManifestFile, "a multi-document YAML file beside the values file holding the objects") { Sets = "content", RequiredForNew = true },
            new("persist", ItemFieldType.Bool, "kept when the workspace stops (default false)"),
        ],
    };

    /// <summary>
    /// <c>env_from_config_maps:</c>: every key of a ConfigMap becomes an environment variable. The items are names
    /// only: <c>NAME: {}</c> (or <c>true</c>) adds one, <c>NAME: null</c> removes it.
    /// </summary>
    public static ItemKind EnvFromConfigMaps { get; } = new() { Name = "env_from_config_maps", Noun = "ConfigMap for env", IsNameOnly = true };

    /// <summary><c>env_from_secrets:</c>: every key of a Secret becomes an environment variable; names only, as above.</summary>
    public static ItemKind EnvFromSecrets { get; } = new() { Name = "env_from_secrets", Noun = "Secret for env", IsNameOnly = true };

    /// <summary><c>secret_mounts:</c> a Secret (which must exist) mounted into the workspace; the name is the Secret's and the pod volume's.</summary>
    public static ItemKind SecretMounts { get; } = new()
    {
        Name = "secret_mounts",
        Noun = "secret mount",
        Fields =
        [
            new("mount_path", ItemFieldType.Text, "where the Secret is mounted") { RequiredForNew = true },
            new("sub_path", ItemFieldType.OptionalText, "mount only this key of the Secret, as a file"),
        ],
    };

    public static IReadOnlyList<ItemKind> All { get; } =
        [ConfigMaps, Volumes, RoleBindings, ImagePullSecrets, InitContainers, Manifests, EnvFromConfigMaps, EnvFromSecrets, SecretMounts];

    public static ItemKind? Find(string name)
    {
        foreach (var kind in All)
        {
            if (kind.Name == name)
            {
                return kind;
            }
        }

        return null;
    }
}
