using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>How <see cref="ItemKinds.InitContainers"/> items are made and patched on a spec.</summary>
internal sealed class InitContainerItems : ItemApplier<InitContainerSpec>
{
    public override ItemKind Kind => ItemKinds.InitContainers;

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
