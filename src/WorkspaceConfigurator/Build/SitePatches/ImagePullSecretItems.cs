using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>
/// <c>image_pull_secrets:</c> a pull Secret the pod references. A values file names it only: its data (credentials)
/// never goes in a values file, so the Secret is created elsewhere (a manifest, the cluster's own tooling).
/// </summary>
internal sealed class ImagePullSecretItems : ItemKind<ImagePullSecretSpec>
{
    public override string Name => "image_pull_secrets";

    public override string Noun => "image pull secret";

    public override IReadOnlyList<ItemField> Fields { get; } =
    [
        new("persist", ItemFieldType.Bool, "kept when the workspace stops (default false)"),
    ];

    internal override string? Refusal(string key) => key == "data"
        ? "credentials never go in a values file: create the Secret elsewhere (a manifest, the cluster's secret tooling) and only name it here"
        : null;

    internal override IReadOnlyList<ImagePullSecretSpec> Items(ProfileSpec spec) => spec.ImagePullSecrets;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<ImagePullSecretSpec> items) => spec with { ImagePullSecrets = items.ToValueList() };

    internal override string NameOf(ImagePullSecretSpec item) => item.Name;

    internal override ImagePullSecretSpec Create(string name, ItemPatch patch, ResolvedSettings settings) => new() { Name = name, Persist = patch.Get("persist", false), Data = null };

    internal override ImagePullSecretSpec Patch(ImagePullSecretSpec existing, ItemPatch patch) => existing with { Persist = patch.Get("persist", existing.Persist) };
}
