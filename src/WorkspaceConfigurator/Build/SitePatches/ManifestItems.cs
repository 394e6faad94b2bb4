using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>How <see cref="ItemKinds.Manifests"/> items are made and patched on a spec.</summary>
internal sealed class ManifestItems : ItemApplier<ManifestSpec>
{
    public override ItemKind Kind => ItemKinds.Manifests;

    internal override IReadOnlyList<ManifestSpec> Items(ProfileSpec spec) => spec.Manifests;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<ManifestSpec> items) => spec with { Manifests = items.ToValueList() };

    internal override string NameOf(ManifestSpec item) => item.Name;

    internal override ManifestSpec Create(string name, ItemPatch patch, ResolvedSettings settings) =>
        new()
        {
            Name = name,
            Key = patch.Get("key", ""),
            Content = patch.Get("content", ValueList<YamlNode>.Empty),
            Persist = patch.Get("persist", false),
        };

    internal override ManifestSpec Patch(ManifestSpec existing, ItemPatch patch) => existing with
    {
        Key = patch.Get("key", existing.Key),
        Content = patch.Get("content", existing.Content),
        Persist = patch.Get("persist", existing.Persist),
    };
}
