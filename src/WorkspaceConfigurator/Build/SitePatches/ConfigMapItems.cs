using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary><c>config_maps:</c> a ConfigMap the hub creates (from <c>content</c>) and mounts as one file.</summary>
internal sealed class ConfigMapItems : ItemKind<ConfigMapSpec>
{
    public override string Name => "config_maps";

    public override string Noun => "config map";

    public override IReadOnlyList<ItemField> Fields { get; } =
    [
        new("key", ItemFieldType.Text, "data key of the ConfigMap, and the file name of the mount (its subPath)") { RequiredForNew = true },
        new("mount_path", ItemFieldType.OptionalText, "where the file is mounted in the workspace; null: created but not mounted"),
        new("default_mode", ItemFieldType.FileMode, "file mode as an octal text, e.g. \"0644\" (default \"0660\")"),
        new("readonly", ItemFieldType.Bool, "mount read-only (default true)"),
        new("content", ItemFieldType.OptionalText, "the file's text; null: mount a ConfigMap that exists already") { RequiredForNew = true },
        new("content_file", ItemFieldType.TextFile, "a file beside the values file whose text is the content") { Sets = "content", RequiredForNew = true },
        new("persist", ItemFieldType.Bool, "kept when the workspace stops (default false)"),
    ];

    internal override IReadOnlyList<ConfigMapSpec> Items(ProfileSpec spec) => spec.ConfigMaps;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<ConfigMapSpec> items) => spec with { ConfigMaps = items.ToValueList() };

    internal override string NameOf(ConfigMapSpec item) => item.Name;

    internal override ConfigMapSpec Create(string name, ItemPatch patch, ResolvedSettings settings) => new()
    {
        Name = name,
        Key = patch.Get("key", ""),
        MountPath = patch.Get<string?>("mount_path", null),
        DefaultMode = patch.Get("default_mode", ConfigMapSpec.DefaultFileMode),
        ReadOnly = patch.Get("readonly", true),
        Content = patch.Get<string?>("content", null),
        Persist = patch.Get("persist", false),
    };

    internal override ConfigMapSpec Patch(ConfigMapSpec existing, ItemPatch patch) => existing with
    {
        Key = patch.Get("key", existing.Key),
        MountPath = patch.Get("mount_path", existing.MountPath),
        DefaultMode = patch.Get("default_mode", existing.DefaultMode),
        ReadOnly = patch.Get("readonly", existing.ReadOnly),
        Content = patch.Get("content", existing.Content),
        Persist = patch.Get("persist", existing.Persist),
    };
}
