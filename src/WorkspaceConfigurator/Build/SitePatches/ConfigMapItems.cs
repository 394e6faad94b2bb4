using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>How <see cref="ItemKinds.ConfigMaps"/> items are made and patched on a spec.</summary>
internal sealed class ConfigMapItems : ItemApplier<ConfigMapSpec>
{
    public override ItemKind Kind => ItemKinds.ConfigMaps;

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
