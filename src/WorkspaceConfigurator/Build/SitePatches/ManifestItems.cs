using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary><c>manifests:</c> Kubernetes objects the hub creates in the user's namespace at spawn.</summary>
internal sealed class ManifestItems : ItemKind<ManifestSpec>
{
    public override string Name => "manifests";

    public override string Noun => "manifest";

    public override IReadOnlyList<ItemField> Fields { get; } =
    [
        new("key", ItemFieldType.Text, "the manifest's key (the hub requires one)") { RequiredForNew = true },
        new("content", ItemFieldType.Manifests, "the Kubernetes objects, a list of mappings") { RequiredForNew = true },
        new("manifest_file", ItemFieldType.ManifestFile, "a multi-document YAML file beside the values file holding the objects") { Sets = "content", RequiredForNew = true },
        new("persist", ItemFieldType.Bool, "kept when the workspace stops (default false)"),
    ];

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
