using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using WorkspaceConfigurator.Assets;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Profiles;

/// <summary>
/// A workspace profile: class defaults plus hooks. Subclass a family (Coder, RemoteDesktop, JupyterLab) or this
/// class, set the required attributes, and override only the hooks you need. Hooks read settings from the
/// <see cref="ProfileContext"/>, never from these properties, so overrides always take effect. A profile does no
/// I/O of its own; <see cref="Build"/> is not overridable. Hooks are <c>protected internal</c> so that the build
/// step can call them; subclasses in other assemblies override them as <c>protected override</c>.
/// </summary>
// Where each default is defined (SourceOf) is read from the class's members: they are kept on every profile class, so
// the answer is the same in the native build, where reflection metadata nothing asks for is trimmed away.
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
public abstract class Profile
{
    // SourceOf's answers: the ladder asks for each setting of each profile that extends this one, and reflection is
    // slow (a values file of 20 profiles spent half its run there).
    private Dictionary<string, SettingSource>? sources;
    private AssetReader? assets;

    /// <summary>The kebab-case identifier (a DNS-1123 label), e.g. coder-gpu.</summary>
    public abstract string Slug { get; }

    public abstract string DisplayName { get; }

    public abstract string Description { get; }

    public abstract string Image { get; }

    /// <summary>The family shown by <c>list</c>; family base classes set it.</summary>
    public virtual string Family => "custom";

    /// <summary>
    /// The workspace is a Jupyter server (JupyterLab), which can stop itself after idle_timeout; other workspaces are
    /// stopped by the hub's culler only.
    /// </summary>
    public virtual bool IsJupyterServer => false;

    /// <summary>Other names the profile answers to on the command line (e.g. the reference generator's slugs).</summary>
    public virtual IReadOnlyList<string> Aliases => [];

    public virtual int? CpuGuarantee => null;

    public virtual int CpuLimit => 1;

    public virtual Memory? MemGuarantee => null;

    public virtual Memory MemLimit => Memory.GiB(2);

    public virtual string? DefaultUrl => null;

    public virtual bool Default => false;

    public virtual int GpuLimit => 0;

    /// <summary>Groups that may see the profile when no --groups is given.</summary>
    public virtual IReadOnlyList<string> Groups => [];

    public virtual string StorageClassRwo => "standard";

    public virtual string StorageClassRwx => "standard";

    /// <summary>The default of the home_path setting: the user's home folder; the bash-login and bash-rc files go there.</summary>
    public virtual string Home => DefaultHome;

    /// <summary>The home of the built-in families and of the images they run; an init script without an argument assumes it.</summary>
    public const string DefaultHome = "/workspace";

    /// <summary>Asset path of the login shell file, mounted as ~/.bash_login (config map bash-login-SLUG).</summary>
    public virtual string? BashLoginPath => null;

    /// <summary>Asset path of the bash rc file, mounted as ~/.bashrc (config map bash-rc-SLUG).</summary>
    public virtual string? BashrcPath => null;

    /// <summary>Asset path of an init script run by the init container init-file-on-volume (config map init-SLUG).</summary>
    public virtual string? InitScriptPath => null;

    /// <summary>Settings of the family or the profile beyond the core ones; use <see cref="Declare{T}"/>.</summary>
    protected virtual IEnumerable<SettingDeclaration> DeclareSettings() => [];

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

    /// <summary>Declares a setting with its default; pass a property so <c>describe</c> can tell where it is defined.</summary>
    protected SettingDeclaration Declare<T>(SettingKey<T> key, T defaultValue, [CallerArgumentExpression(nameof(defaultValue))] string expression = "") =>
        Declaration(key, defaultValue, expression);

    /// <summary>Declares a setting without a default: a values file or an override must set it, else the profile does not build.</summary>
    protected SettingDeclaration Require<T>(SettingKey<T> key) => new(key, null, () => new SettingSource(SettingOrigin.Class, GetType().Name)) { Required = true };

    /// <summary>Every setting of this profile, core ones first, with their class defaults.</summary>
    public IReadOnlyList<SettingDeclaration> Settings() => DeclaredSettings();

    /// <summary>The class whose assembly (and base classes' assemblies) hold this profile's assets.</summary>
    internal virtual Type AssetOwner => GetType();

    /// <summary>
    /// The reader of this profile's assets, made once: finding a class's assemblies and decoding its files are slow
    /// natively, and every profile that extends this one reads the same files (one reader, one copy of each text).
    /// </summary>
    internal virtual AssetReader Assets => assets ??= AssetReader.ForType(AssetOwner);

    // Virtual for profiles defined as data, which take their settings from the class they extend. A null where the
    // contract wants a value is named here: found later, it would be a NullReferenceException naming nothing.
    internal virtual IReadOnlyList<SettingDeclaration> DeclaredSettings() =>
    [
        Declaration(CoreSettings.DisplayName, NotNull(DisplayName, nameof(DisplayName)), nameof(DisplayName)),
        Declaration(CoreSettings.Description, NotNull(Description, nameof(Description)), nameof(Description)),
        Declaration(CoreSettings.Image, NotNull(Image, nameof(Image)), nameof(Image)),
        Declaration(CoreSettings.CpuLimit, CpuLimit, nameof(CpuLimit)),
        Declaration(CoreSettings.CpuGuarantee, CpuGuarantee, nameof(CpuGuarantee)),
        Declaration(CoreSettings.MemLimit, MemLimit, nameof(MemLimit)),
        Declaration(CoreSettings.MemGuarantee, MemGuarantee, nameof(MemGuarantee)),
        Declaration(CoreSettings.DefaultUrl, DefaultUrl, nameof(DefaultUrl)),
        Declaration(CoreSettings.Default, Default, nameof(Default)),
        Declaration(CoreSettings.Groups, GroupList(), nameof(Groups)),
        Declaration(CoreSettings.StorageClassRwo, NotNull(StorageClassRwo, nameof(StorageClassRwo)), nameof(StorageClassRwo)),
        Declaration(CoreSettings.StorageClassRwx, NotNull(StorageClassRwx, nameof(StorageClassRwx)), nameof(StorageClassRwx)),
        Declaration(CoreSettings.GpuLimit, (long)GpuLimit, nameof(GpuLimit)),
        Declaration(CoreSettings.Env, null, nameof(PodEnvVars)),
        Declaration(CoreSettings.NodeSelector, null, nameof(NodeSelectorDefaults)),
        Declaration(CoreSettings.ExtraResourceLimits, null, nameof(ExtraResourceLimits)),
        Declaration(CoreSettings.HomePath, NotNull(Home, nameof(Home)), nameof(Home)),
        BaseDeclaration(CoreSettings.RcFiles, "mount"),
        BaseDeclaration(CoreSettings.ImageConfigure, null),
        BaseDeclaration(CoreSettings.Personalize, false),
        BaseDeclaration(CoreSettings.DotfilesRepo, null),
        BaseDeclaration(CoreSettings.GitSshSecret, null),
        BaseDeclaration(CoreSettings.IdleTimeout, 0L),
        .. DeclareSettings() ?? throw new NullMemberException(nameof(DeclareSettings)),
    ];

    private ValueList<string> GroupList()
    {
        var groups = Groups ?? throw new NullMemberException(nameof(Groups));
        for (var i = 0; i < groups.Count; i++)
        {
            NotNull(groups[i], nameof(Groups));
        }

        return groups.ToValueList();
    }

    private static string NotNull(string? value, string member) => value ?? throw new NullMemberException(member);

    /// <summary>Runs the hooks on resolved settings and assembles the spec. Not overridable.</summary>
    public ProfileSpec Build(ResolvedSettings settings) => ProfileSpecBuilder.Build(this, settings);

    internal ProfileSpec Build(ResolvedSettings settings, HookTrace trace) => ProfileSpecBuilder.Build(this, settings, trace);

    // What Declare<T> makes, for any key: the core settings name the property their default comes from.
    private SettingDeclaration Declaration(SettingKey key, object? value, string memberName) => new(key, value, () => SourceOf(memberName));

    // The lifecycle settings have no class property: their defaults are this base class's, whatever the subclass.
    private static SettingDeclaration BaseDeclaration(SettingKey key, object? value) =>
        new(key, value, static () => new SettingSource(SettingOrigin.Base, nameof(Profile)));

    // Where a member is defined: this base class, a family (abstract) class, or the concrete class.
    private protected SettingSource SourceOf(string memberName)
    {
        sources ??= [];
        if (sources.TryGetValue(memberName, out var known))
        {
            return known;
        }

        var type = GetType();
        var declaring = DeclaringType(type.GetMember(memberName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance));
        return sources[memberName] = declaring switch
        {
            null => new SettingSource(SettingOrigin.Class, type.Name),
            _ when declaring == typeof(Profile) => new SettingSource(SettingOrigin.Base, nameof(Profile)),
            { IsAbstract: true } => new SettingSource(SettingOrigin.Family, declaring.Name),
            _ => new SettingSource(SettingOrigin.Class, declaring.Name),
        };
    }

    private static Type? DeclaringType(MemberInfo[] members)
    {
        foreach (var member in members)
        {
            if (member.DeclaringType is { } declaring)
            {
                return declaring;
            }
        }

        return null;
    }
}
