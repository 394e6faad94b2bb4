using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary><c>secret_mounts:</c> a Secret (which must exist) mounted into the workspace; the name is the Secret's and the pod volume's.</summary>
internal sealed class SecretMountItems : ItemKind<SecretMountSpec>
{
    public override string Name => "secret_mounts";

    public override string Noun => "secret mount";

    public override IReadOnlyList<ItemField> Fields { get; } =
    [
        new("mount_path", ItemFieldType.Text, "where the Secret is mounted") { RequiredForNew = true },
        new("sub_path", ItemFieldType.OptionalText, "mount only this key of the Secret, as a file"),
    ];

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
