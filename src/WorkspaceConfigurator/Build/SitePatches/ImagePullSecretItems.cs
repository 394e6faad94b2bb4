using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>How <see cref="ItemKinds.ImagePullSecrets"/> items are made and patched on a spec.</summary>
internal sealed class ImagePullSecretItems : ItemApplier<ImagePullSecretSpec>
{
    public override ItemKind Kind => ItemKinds.ImagePullSecrets;

    internal override IReadOnlyList<ImagePullSecretSpec> Items(ProfileSpec spec) => spec.ImagePullSecrets;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<ImagePullSecretSpec> items) => spec with { ImagePullSecrets = items.ToValueList() };

    internal override string NameOf(ImagePullSecretSpec item) => item.Name;

    internal override ImagePullSecretSpec Create(string name, ItemPatch patch, ResolvedSettings settings) => new() { Name = name, Persist = patch.Get("persist", false), Data = null };

    internal override ImagePullSecretSpec Patch(ImagePullSecretSpec existing, ItemPatch patch) => existing with { Persist = patch.Get("persist", existing.Persist) };
}
