using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary><c>init_containers:</c> a container run before the workspace starts (the hub passes name, image, command and mounts).</summary>
internal sealed class InitContainerItems : ItemKind<InitContainerSpec>
{
    public override string Name => "init_containers";

    public override string Noun => "init container";

    public override IReadOnlyList<ItemField> Fields { get; } =
    [
        new("image", ItemFieldType.Text, "container image (default: the profile's image)"),
        new("command", ItemFieldType.TextList, "the command and its arguments, a list") { RequiredForNew = true },
        new("volume_mounts", ItemFieldType.VolumeMounts, "pod volumes to mount: [{name, mount_path, sub_path}]"),
    ];

    internal override IReadOnlyList<InitContainerSpec> Items(ProfileSpec spec) => spec.InitContainers;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<InitContainerSpec> items) => spec with { InitContainers = items.ToValueList() };

    internal override string NameOf(InitContainerSpec item) => item.Name;

    internal override InitContainerSpec Create(string name, ItemPatch patch, ResolvedSettings settings) => new()
    {
        Name = name,
        Image = patch.Get("image", settings.Get(CoreSettings.Image)),
        Command = patch.Get("command", ValueList<string>.Empty),
        VolumeMounts = patch.Get("volume_mounts", ValueList<VolumeMountSpec>.Empty),
    };

    internal override InitContainerSpec Patch(InitContainerSpec existing, ItemPatch patch) => existing with
    {
        Image = patch.Get("image", existing.Image),
        Command = patch.Get("command", existing.Command),
        VolumeMounts = patch.Get("volume_mounts", existing.VolumeMounts),
    };
}
