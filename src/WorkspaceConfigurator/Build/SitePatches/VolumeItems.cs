using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary><c>volumes:</c> a PersistentVolumeClaim the hub creates and mounts; the item's name is the pod volume name.</summary>
internal sealed class VolumeItems : ItemKind<VolumeSpec>
{
    public override string Name => "volumes";

    public override string Noun => "volume";

    public override IReadOnlyList<ItemField> Fields { get; } =
    [
        new("claim_name", ItemFieldType.Text, "name of the PersistentVolumeClaim") { RequiredForNew = true },
        new("size", ItemFieldType.Size, "storage request, e.g. 10Gi") { RequiredForNew = true },
        new("storage_class", ItemFieldType.Text, "storage class (default: the profile's storage_class_rwx for ReadWriteMany, else storage_class_rwo)"),
        new("access_modes", ItemFieldType.AccessModes, "access modes (default [ReadWriteOnce])"),
        new("mount_path", ItemFieldType.Text, "where the volume is mounted") { RequiredForNew = true },
        new("persist", ItemFieldType.Bool, "kept when the workspace stops; false deletes the claim and its data at stop") { RequiredForNew = true },
        new("annotations", ItemFieldType.TextMap, "annotations of the claim (merged entry by entry; null deletes one)"),
    ];

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
