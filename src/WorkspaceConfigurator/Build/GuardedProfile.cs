using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Build;

/// <summary>
/// A plugin's profile as the build step sees it: each hook and each property the build reads runs as a
/// <see cref="PluginCalls"/> call (so a hang or a print names the hook), its result is enumerated inside that call
/// (a lazy hook runs there, not later in wsconf's code), and what it gives is checked: a null collection, item, map
/// key or value, or a null in a spec item's non-nullable field is an error naming the hook, the class and the plugin,
/// and so is whatever the hook throws. Built-in profiles are built directly, without this.
/// </summary>
internal sealed class GuardedProfile(Profile inner, PluginCalls calls, SpecNulls nulls, string plugin, string slug) : Profile
{
    // The plugin's class (for a profile defined in a values file, the class it extends, whose hooks run).
    private string Class => (inner is Catalog.DataProfile { Root: { } root } ? root : inner).GetType().FullName!;

    public override string Slug => slug;

    public override string? BashLoginPath => Read(nameof(BashLoginPath), () => inner.BashLoginPath);

    public override string? BashrcPath => Read(nameof(BashrcPath), () => inner.BashrcPath);

    public override string? InitScriptPath => Read(nameof(InitScriptPath), () => inner.InitScriptPath);

    internal override Type AssetOwner => inner.AssetOwner;

    internal override AssetReader Assets => inner.Assets;

    protected internal override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => Items(nameof(Volumes), () => inner.Volumes(context));

    protected internal override IEnumerable<ConfigMapSpec> ConfigMaps(ProfileContext context) => Items(nameof(ConfigMaps), () => inner.ConfigMaps(context));

    protected internal override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) => Map(nameof(PodEnvVars), () => inner.PodEnvVars(context));

    protected internal override IEnumerable<ManifestSpec> Manifests(ProfileContext context) => Items(nameof(Manifests), () => inner.Manifests(context));

    protected internal override IEnumerable<KeyValuePair<string, long>> ExtraResourceLimits(ProfileContext context) =>
        Map(nameof(ExtraResourceLimits), () => inner.ExtraResourceLimits(context));

    protected internal override IEnumerable<KeyValuePair<string, long>> ExtraResourceGuarantees(ProfileContext context) =>
        Map(nameof(ExtraResourceGuarantees), () => inner.ExtraResourceGuarantees(context));

    protected internal override IEnumerable<RoleBindingSpec> RoleBindings(ProfileContext context) => Items(nameof(RoleBindings), () => inner.RoleBindings(context));

    protected internal override IEnumerable<ImagePullSecretSpec> ImagePullSecrets(ProfileContext context) =>
        Items(nameof(ImagePullSecrets), () => inner.ImagePullSecrets(context));

    protected internal override IEnumerable<SecretMountSpec> SecretMounts(ProfileContext context) => Items(nameof(SecretMounts), () => inner.SecretMounts(context));

    protected internal override IEnumerable<string> EnvFromConfigMaps(ProfileContext context) => Items(nameof(EnvFromConfigMaps), () => inner.EnvFromConfigMaps(context));

    protected internal override IEnumerable<string> EnvFromSecrets(ProfileContext context) => Items(nameof(EnvFromSecrets), () => inner.EnvFromSecrets(context));

    protected internal override IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) =>
        Map(nameof(NodeSelectorDefaults), () => inner.NodeSelectorDefaults(context));

    protected internal override IEnumerable<InitContainerSpec> InitContainers(ProfileContext context) => Items(nameof(InitContainers), () => inner.InitContainers(context));

    private T Read<T>(string property, Func<T> read)
    {
        using var call = calls.Enter(plugin, slug, property);
        try
        {
            return read();
        }
        catch (Exception e) when (e is not WsconfException)
        {
            throw Threw(property, e);
        }
    }

    private ValueList<T> Items<T>(string hook, Func<IEnumerable<T>?> run) where T : class
    {
        List<T> items;
        using (calls.Enter(plugin, slug, $"hook {hook}"))
        {
            try
            {
                items = [.. run() ?? throw Null($"hook {hook}", "returned null instead of a collection (return [] for none)")];
            }
            catch (Exception e) when (e is not WsconfException)
            {
                throw Threw($"hook {hook}", e);
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                throw Null($"hook {hook}", $"gave a null item (item {i})");
            }

            if (nulls.Find(item) is { } field)
            {
                throw Null($"hook {hook}", $"gave a {item.GetType().Name} whose {field} is null (item {i})");
            }
        }

        return items.ToValueList();
    }

    private ValueMap<T> Map<T>(string hook, Func<IEnumerable<KeyValuePair<string, T>>?> run)
    {
        List<KeyValuePair<string, T>> entries;
        using (calls.Enter(plugin, slug, $"hook {hook}"))
        {
            try
            {
                entries = [.. run() ?? throw Null($"hook {hook}", "returned null instead of a collection (return [] for none)")];
            }
            catch (Exception e) when (e is not WsconfException)
            {
                throw Threw($"hook {hook}", e);
            }
        }

        foreach (var (key, value) in entries)
        {
            if (key is null)
            {
                throw Null($"hook {hook}", "gave an entry whose name is null");
            }

            if (value is null)
            {
                throw Null($"hook {hook}", $"gave a null value for '{key}'");
            }

            if (nulls.Find(value) is { } field)
            {
                throw Null($"hook {hook}", $"gave a {value.GetType().Name} whose {field} is null for '{key}'");
            }
        }

        return entries.ToValueMap();
    }

    private ProfileException Null(string member, string problem) =>
        new($"{member} of {Class} ({plugin}) {problem}; the contract does not allow null there");

    private ProfileException Threw(string member, Exception e) =>
        new($"{member} of {Class} ({plugin}) threw {PluginExceptions.Describe(e)}", e);
}
