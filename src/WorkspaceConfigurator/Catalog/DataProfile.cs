namespace WorkspaceConfigurator.Catalog;

/// <summary>
/// A profile defined in a values file. Its values come from the layers (its entries, its includes, what it extends);
/// its behaviour (hooks, assets, family) is that of the class at the end of its <c>extends</c> chain, run with
/// the data profile's own slug and settings. Without a class it has no hooks, and the names and image a class would
/// give are required settings.
/// </summary>
internal sealed class DataProfile : Profile
{
    private readonly Profile? root;

    public DataProfile(string slug, Profile? root, bool isAbstract)
    {
        Slug = slug;
        this.root = root;
        IsAbstract = isAbstract;
    }

    public override string Slug { get; }

    /// <summary>A mixin: included by other profiles, never selected, listed or emitted.</summary>
    public bool IsAbstract { get; }

    /// <summary>The class profile whose hooks run, or null.</summary>
    public Profile? Root => root;

    public override string Family => root?.Family ?? base.Family;

    public override bool IsJupyterServer => root?.IsJupyterServer ?? base.IsJupyterServer;

    public override string? BashLoginPath => root is null ? null : root.BashLoginPath;

    public override string? BashrcPath => root is null ? null : root.BashrcPath;

    public override string? InitScriptPath => root is null ? null : root.InitScriptPath;

    internal override Type AssetOwner => root?.AssetOwner ?? typeof(Profile);

    internal override AssetReader Assets => root?.Assets ?? base.Assets;

    // Without a class nothing names the workspace or gives it an image: the base requires them, and a layer must set them.
    internal override IReadOnlyList<SettingDeclaration> Settings() => root is null ? BaseDeclarations : root.Settings();

    protected internal override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => root is null ? base.Volumes(context) : root.Volumes(context);

    protected internal override IEnumerable<ConfigMapSpec> ConfigMaps(ProfileContext context) => root is null ? base.ConfigMaps(context) : root.ConfigMaps(context);

    protected internal override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        root is null ? base.PodEnvVars(context) : root.PodEnvVars(context);

    protected internal override IEnumerable<ManifestSpec> Manifests(ProfileContext context) => root is null ? base.Manifests(context) : root.Manifests(context);

    protected internal override IEnumerable<KeyValuePair<string, long>> ExtraResourceLimits(ProfileContext context) =>
        root is null ? base.ExtraResourceLimits(context) : root.ExtraResourceLimits(context);

    protected internal override IEnumerable<KeyValuePair<string, long>> ExtraResourceGuarantees(ProfileContext context) =>
        root is null ? base.ExtraResourceGuarantees(context) : root.ExtraResourceGuarantees(context);

    protected internal override IEnumerable<RoleBindingSpec> RoleBindings(ProfileContext context) => root is null ? base.RoleBindings(context) : root.RoleBindings(context);

    protected internal override IEnumerable<ImagePullSecretSpec> ImagePullSecrets(ProfileContext context) =>
        root is null ? base.ImagePullSecrets(context) : root.ImagePullSecrets(context);

    protected internal override IEnumerable<SecretMountSpec> SecretMounts(ProfileContext context) => root is null ? base.SecretMounts(context) : root.SecretMounts(context);

    protected internal override IEnumerable<string> EnvFromConfigMaps(ProfileContext context) => root is null ? base.EnvFromConfigMaps(context) : root.EnvFromConfigMaps(context);

    protected internal override IEnumerable<string> EnvFromSecrets(ProfileContext context) => root is null ? base.EnvFromSecrets(context) : root.EnvFromSecrets(context);

    protected internal override IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) =>
        root is null ? base.NodeSelectorDefaults(context) : root.NodeSelectorDefaults(context);

    protected internal override IEnumerable<InitContainerSpec> InitContainers(ProfileContext context) =>
        root is null ? base.InitContainers(context) : root.InitContainers(context);
}
