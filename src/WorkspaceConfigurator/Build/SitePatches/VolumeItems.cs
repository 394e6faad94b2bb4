using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>How <see cref="ItemKinds.Volumes"/> items are made and patched on a spec.</summary>
internal sealed class VolumeItems : ItemApplier<VolumeSpec>
{
    public override ItemKind Kind => ItemKinds.Volumes;

    internal override IReadOnlyList<VolumeSpec> Items(ProfileSpec spec) => spec.Volumes;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<VolumeSpec> items) => spec with { Volumes = items.ToValueList() };

    internal override string NameOf(VolumeSpec item) => item.Name;

    internal override VolumeSpec Create(string name, ItemPatch patch, ResolvedSettings settings)
    {
        var modes = patch.Get("access_modes", ValueList.Of(AccessMode.ReadWriteOnce));
        var storageClass = modes.Contains(AccessMode.ReadWriteMany) ? settings.Get(CoreSettings.StorageClassRwx) : settings.Get(CoreSettings.StorageClassRwo);
        return new VolumeSpec
        {
            Name = name,
            ClaimName = patch.Get("claim_name", ""),
            Size = patch.Get("size", default(Quantity)),
            StorageClass = patch.Get("storage_class", storageClass),
            AccessModes = modes,
            MountPath = patch.Get("mount_path", ""),
            Persist = patch.Get("persist", false),
            Annotations = patch.Get<TextMapEdit?>("annotations", null)?.ApplyTo(ValueMap<string>.Empty) ?? ValueMap<string>.Empty,
        };
    }

    internal override VolumeSpec Patch(VolumeSpec existing, ItemPatch patch) => existing with
    {
        ClaimName = patch.Get("claim_name", existing.ClaimName),
        Size = patch.Get("size", existing.Size),
        StorageClass = patch.Get("storage_class", existing.StorageClass),
        AccessModes = patch.Get("access_modes", existing.AccessModes),
        MountPath = patch.Get("mount_path", existing.MountPath),
        Persist = patch.Get("persist", existing.Persist),
        Annotations = patch.Get<TextMapEdit?>("annotations", null)?.ApplyTo(existing.Annotations) ?? existing.Annotations,
    };
}
