using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace WorkspaceConfigurator.Contract;

/// <summary>
/// A workspace profile: its defaults (<see cref="Declare"/>) plus hooks. Subclass a family (Coder, RemoteDesktop,
/// JupyterLab) or this class, give the slug, declare the defaults, and override only the hooks you need. Hooks read
/// settings from the <see cref="ProfileContext"/>, the one place values resolve, so overrides always take effect. A profile does no
/// I/O of its own. Hooks are <c>protected internal</c> so that the build
/// step can call them; subclasses in other assemblies override them as <c>protected override</c>.
/// </summary>
// Where the defaults are declared (DeclareSource) is read from the class's members: they are kept on every profile class, so
// the answer is the same in the native build, where reflection metadata nothing asks for is trimmed away.
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
public abstract class Profile
{
    // DeclareSource's answer: the ladder asks for each setting of each profile that extends this one, and reflection
    // is slow (a values file of 20 profiles spent half its run there).
    private SettingSource? declareSource;
    private AssetReader? assets;

    /// <summary>The kebab-case identifier (a DNS-1123 label), e.g. coder-gpu.</summary>
    public abstract string Slug { get; }

    /// <summary>The family shown by <c>list</c>; family base classes set it.</summary>
    public virtual string Family => "custom";

    /// <summary>
    /// The workspace is a Jupyter server (JupyterLab), which can stop itself after idle_timeout; other workspaces are
    /// stopped by the hub's culler only.
    /// </summary>
    public virtual bool IsJupyterServer => false;

    /// <summary>Other names the profile answers to on the command line (e.g. the reference generator's slugs).</summary>
    public virtual IReadOnlyList<string> Aliases => [];

    /// <summary>The home of the built-in families and of the images they run: the default of home_path.</summary>
    /// <remarks>
    /// A hook reads the home with <see cref="ProfileContext.Home"/>: home_path can be changed by a values file or an
    /// override, and this constant would not follow. Kept, obsolete, so that plugins built against 3.0 still load
    /// and build (with a warning, which a plugin that treats warnings as errors must mend).
    /// </remarks>
    [Obsolete("read context.Home in a hook: home_path may be set by a values file or an override, which this constant does not follow")]
    public const string DefaultHome = HomeDefault;

    // The default of home_path, for wsconf's own declaration and the init container that knows it.
    internal const string HomeDefault = "/workspace";

    /// <summary>Asset path of the login shell file, mounted as ~/.bash_login (config map bash-login-SLUG).</summary>
    public virtual string? BashLoginPath => null;

    /// <summary>Asset path of the bash rc file, mounted as ~/.bashrc (config map bash-rc-SLUG).</summary>
    public virtual string? BashrcPath => null;

    /// <summary>Asset path of an init script run by the init container init-file-on-volume (config map init-SLUG).</summary>
    public virtual string? InitScriptPath => null;

    /// <summary>
    /// The profile's defaults, in one place: set the core settings it changes (<c>settings.Set(CoreSettings.Image, ...)</c>),
    /// declare its own settings with their defaults, or require them (<c>settings.Require(key)</c>). Call
    /// <c>base.Declare(settings)</c> first, so a family's defaults come before the profile's own. A profile must set
    /// display_name, description and image here, or every values file that selects it must. Hooks never read these
    /// defaults: they read the resolved values through <see cref="ProfileContext.Get{T}"/>.
    /// </summary>
    protected virtual void Declare(SettingDefaults settings)
    {
    }

    protected internal virtual IEnumerable<VolumeSpec> Volumes(ProfileContext context) => [];

    /// <summary>Config maps beyond the bash-login, bash-rc and init ones that the path attributes create.</summary>
    protected internal virtual IEnumerable<ConfigMapSpec> ConfigMaps(ProfileContext context) => [];

    protected internal virtual IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) => ValueMap<EnvValue>.Empty;

    protected internal virtual IEnumerable<ManifestSpec> Manifests(ProfileContext context) => [];

    /// <summary>Extended resource limits besides nvidia.com/gpu, which the gpu_limit setting owns.</summary>
    protected internal virtual IEnumerable<KeyValuePair<string, long>> ExtraResourceLimits(ProfileContext context) => ValueMap<long>.Empty;

    protected internal virtual IEnumerable<KeyValuePair<string, long>> ExtraResourceGuarantees(ProfileContext context) => ValueMap<long>.Empty;

    protected internal virtual IEnumerable<RoleBindingSpec> RoleBindings(ProfileContext context) => [];

    /// <summary>Pull secrets; their data must come from outside the profile code (never literal secrets).</summary>
    protected internal virtual IEnumerable<ImagePullSecretSpec> ImagePullSecrets(ProfileContext context) => [];

    protected internal virtual IEnumerable<SecretMountSpec> SecretMounts(ProfileContext context) => [];

    protected internal virtual IEnumerable<string> EnvFromConfigMaps(ProfileContext context) => [];

    protected internal virtual IEnumerable<string> EnvFromSecrets(ProfileContext context) => [];

    /// <summary>The profile's own node selector; --node-selector and node_selector.KEY overrides merge on top.</summary>
    protected internal virtual IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) => ValueMap<string>.Empty;

    /// <summary>Init containers beyond init-file-on-volume, which <see cref="InitScriptPath"/> creates.</summary>
    protected internal virtual IEnumerable<InitContainerSpec> InitContainers(ProfileContext context) => [];

    public const string GpuResource = "nvidia.com/gpu";

    // Virtual for profiles defined as data, which take their settings from the class they extend.
    /// <summary>Every setting of this profile, core ones first, with its defaults.</summary>
    internal virtual IReadOnlyList<SettingDeclaration> Settings()
    {
        var settings = new SettingDefaults(BaseDeclarations, DeclareSource);
        Declare(settings);
        return settings.Declarations;
    }

    /// <summary>The class whose assembly (and base classes' assemblies) hold this profile's assets.</summary>
    internal virtual Type AssetOwner => GetType();

    /// <summary>
    /// The reader of this profile's assets, made once: finding a class's assemblies and decoding its files are slow
    /// natively, and every profile that extends this one reads the same files (one reader, one copy of each text).
    /// </summary>
    internal virtual AssetReader Assets => assets ??= AssetReader.ForType(AssetOwner);

    // Before BaseDeclarations, which the static initialisers build in the order they are written.
    private static readonly Func<SettingSource> BaseSource = static () => new SettingSource(SettingOrigin.Base, nameof(Profile));

    /// <summary>What every profile has before its classes speak: wsconf's base defaults, the names and image required.</summary>
    internal static IReadOnlyList<SettingDeclaration> BaseDeclarations { get; } =
    [
        Required(CoreSettings.DisplayName),
        Required(CoreSettings.Description),
        Required(CoreSettings.Image),
        Base(CoreSettings.CpuLimit, 1),
        Base(CoreSettings.CpuGuarantee, null),
        Base(CoreSettings.MemLimit, Memory.GiB(2)),
        Base(CoreSettings.MemGuarantee, null),
        Base(CoreSettings.DefaultUrl, null),
        Base(CoreSettings.Default, false),
        Base(CoreSettings.Groups, ValueList<string>.Empty),
        Base(CoreSettings.StorageClassRwo, "standard"),
        Base(CoreSettings.StorageClassRwx, "standard"),
        Base(CoreSettings.GpuLimit, 0L),
        Map(CoreSettings.Env),
        Map(CoreSettings.NodeSelector),
        Map(CoreSettings.ExtraResourceLimits),
        Base(CoreSettings.HomePath, HomeDefault),
        Base(CoreSettings.RcFiles, "mount"),
        Base(CoreSettings.ImageConfigure, null),
        Base(CoreSettings.Personalize, false),
        Base(CoreSettings.DotfilesRepo, null),
        Base(CoreSettings.GitSshSecret, null),
        Base(CoreSettings.IdleTimeout, 0L),
    ];

    // Typed, so a default cannot be of another type than its setting (a 0 for a whole-number setting read as long).
    private static SettingDeclaration Base<T>(SettingKey<T> key, T value) => new(key, value, BaseSource);

    // A map setting has no default of its own: the hooks give its entries, the layers change them.
    private static SettingDeclaration Map(SettingKey key) => new(key, null, BaseSource);

    private static SettingDeclaration Required(SettingKey key) => new(key, null, BaseSource) { Required = true };

    // Who set the defaults that Declare gives: the class whose Declare override runs first (it calls its families'
    // through base.Declare), a family (abstract) class when the profile's own class does not override it.
    private SettingSource DeclareSource()
    {
        if (declareSource is { } known)
        {
            return known;
        }

        var type = GetType();
        Type? declaring = null;
        foreach (var member in type.GetMember(nameof(Declare), BindingFlags.NonPublic | BindingFlags.Instance))
        {
            declaring ??= member.DeclaringType;
        }

        return declareSource = declaring switch
        {
            null => new SettingSource(SettingOrigin.Class, type.Name),
            _ when declaring == typeof(Profile) => new SettingSource(SettingOrigin.Base, nameof(Profile)),
            { IsAbstract: true } => new SettingSource(SettingOrigin.Family, declaring.Name),
            _ => new SettingSource(SettingOrigin.Class, declaring.Name),
        };
    }
}
