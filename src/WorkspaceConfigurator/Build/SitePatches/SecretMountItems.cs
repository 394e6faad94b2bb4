using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>How <see cref="ItemKinds.SecretMounts"/> items are made and patched on a spec.</summary>
internal sealed class SecretMountItems : ItemApplier<SecretMountSpec>
{
    public override ItemKind Kind => ItemKinds.SecretMounts;

    internal override IReadOnlyList<SecretMountSpec> Items(ProfileSpec spec) => spec.SecretMounts;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<SecretMountSpec> items) => spec with { SecretMounts = items.ToValueList() };

    internal override string NameOf(SecretMountSpec item) => item.Name;

    internal override SecretMountSpec Create(string name, ItemPatch patch, ResolvedSettings settings) =>
        new() { Name = name, MountPath = patch.Get("mount_path", ""), SubPath = patch.Get<string?>("sub_path", null) };

    internal override SecretMountSpec Patch(SecretMountSpec existing, ItemPatch patch) => existing with
    {
        MountPath = patch.Get("mount_path", existing.MountPath),
        SubPath = patch.Get("sub_path", existing.SubPath),
    };
}
