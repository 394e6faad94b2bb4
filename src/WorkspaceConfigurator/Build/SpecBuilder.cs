using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build;

/// <summary>
/// The build step: runs a profile's hooks against its resolved settings and assembles the <see cref="ProfileSpec"/>.
/// Map overrides (env, node selector, extended resources) are merged after the hooks, so a hook cannot lose them.
/// A plugin's profile comes here as a <see cref="GuardedProfile"/>, which runs each hook as a plugin call and checks
/// what it gives; built-in profiles come as themselves.
/// </summary>
internal static class SpecBuilder
{
    public const string InitContainerName = "init-file-on-volume";
    public const string InitMountPath = "/opt/init/.init.sh";

    /// <param name="type">The class to name in errors; <paramref name="profile"/>'s own unless it wraps one (<see cref="GuardedProfile"/>).</param>
    public static ProfileSpec Build(Profile profile, ResolvedSettings settings, HookTrace? trace = null, Type? type = null)
    {
        var slug = profile.Slug;
        type ??= profile.GetType();
        try
        {
            var context = new ProfileContext(slug, settings.Value, profile.Assets, ReadManifest);
            var spec = Assemble(profile, context, settings, trace);
            ManifestBounds.Check(spec.Manifests);
            trace?.FromHooks = spec;
            return spec;
        }
        catch (WsconfException e)
        {
            throw new ProfileBuildException(slug, e.Message, e);
        }
        catch (Exception e)
        {
            throw new ProfileBuildException(slug, $"{type.FullName} failed to build: {e.GetType().Name}: {e.Message}", e);
        }
    }

    private static ProfileSpec Assemble(Profile profile, ProfileContext context, ResolvedSettings settings, HookTrace? trace)
    {
        var volumes = profile.Volumes(context).ToValueList();
        var image = settings.Get(CoreSettings.Image);
        return new ProfileSpec
        {
            Slug = profile.Slug,
            DisplayName = settings.Get(CoreSettings.DisplayName),
            Description = settings.Get(CoreSettings.Description),
            Default = settings.Get(CoreSettings.Default),
            Groups = settings.Get(CoreSettings.Groups),
            Image = image,
            CpuLimit = settings.Get(CoreSettings.CpuLimit),
            CpuGuarantee = settings.Get(CoreSettings.CpuGuarantee),
            MemLimit = settings.Get(CoreSettings.MemLimit),
            MemGuarantee = settings.Get(CoreSettings.MemGuarantee),
            ExtraResourceLimits = ResourceLimits(profile, context, settings, trace),
            ExtraResourceGuarantees = profile.ExtraResourceGuarantees(context).ToValueMap(),
            NodeSelector = Layered(settings, CoreSettings.NodeSelector, Traced(profile.NodeSelectorDefaults(context).ToValueMap(), trace, (t, m) => t.NodeSelector = m)),
            DefaultUrl = settings.Get(CoreSettings.DefaultUrl),
            Env = EnvVars(profile, context, settings, trace),
            ConfigMaps = ConfigMaps(profile, context),
            Volumes = volumes,
            RoleBindings = profile.RoleBindings(context).ToValueList(),
            ImagePullSecrets = profile.ImagePullSecrets(context).ToValueList(),
            InitContainers = InitContainers(profile, context, image, volumes),
            Manifests = profile.Manifests(context).ToValueList(),
            EnvFromConfigMaps = profile.EnvFromConfigMaps(context).ToValueList(),
            EnvFromSecrets = profile.EnvFromSecrets(context).ToValueList(),
            SecretMounts = profile.SecretMounts(context).ToValueList(),
        };
    }

    // gpu_limit owns nvidia.com/gpu (0 removes it); the layers' extra_resource_limits entries above the class win over both.
    private static ValueMap<long> ResourceLimits(Profile profile, ProfileContext context, ResolvedSettings settings, HookTrace? trace)
    {
        var limits = profile.ExtraResourceLimits(context).ToValueMap();
        var gpus = context.Get(CoreSettings.GpuLimit);
        limits = gpus > 0 ? limits.Set(Profile.GpuResource, gpus) : limits.Remove(Profile.GpuResource);
        return Layered(settings, CoreSettings.ExtraResourceLimits, Traced(limits, trace, (t, m) => t.ExtraResourceLimits = m));
    }

    private static ValueMap<T> Traced<T>(ValueMap<T> map, HookTrace? trace, Action<HookTrace, ValueMap<T>> record)
    {
        if (trace is not null)
        {
            record(trace, map);
        }

        return map;
    }

    // The layers' env entries are text; the hook's may also reference config maps.
    private static ValueMap<EnvValue> EnvVars(Profile profile, ProfileContext context, ResolvedSettings settings, HookTrace? trace)
    {
        var changes = settings.Changes;
        var fromHook = profile.PodEnvVars(context);
        if (trace is not null)
        {
            trace.Env = fromHook.ToValueMap();
            fromHook = trace.Env;
        }

        var below = changes.MapBelow(CoreSettings.Env.Name);
        var above = changes.MapAbove(CoreSettings.Env.Name);
        if (below.Count == 0 && above.Count == 0)
        {
            return fromHook.ToValueMap();
        }

        var fold = new MapFold<EnvValue>();
        fold.ApplyAll(AsEnv(below));
        fold.SetAll(fromHook);
        fold.ApplyAll(AsEnv(above));
        return fold.ToValueMap();
    }

    private static List<MapChange> AsEnv(IReadOnlyList<MapChange> changes)
    {
        var env = new List<MapChange>(changes.Count);
        foreach (var change in changes)
        {
            env.Add(change.Value is string text ? change with { Value = EnvValue.Of(text) } : change);
        }

        return env;
    }

    // A map setting: the layers below the class, the hook's entries (which win over them), the layers above (which win over all).
    private static ValueMap<T> Layered<T>(ResolvedSettings settings, MapSettingKey<T> key, IEnumerable<KeyValuePair<string, T>> fromHook)
    {
        var below = settings.Changes.MapBelow(key.Name);
        var above = settings.Changes.MapAbove(key.Name);
        if (below.Count == 0 && above.Count == 0)
        {
            return fromHook.ToValueMap();
        }

        var fold = new MapFold<T>();
        fold.ApplyAll(below);
        fold.SetAll(fromHook);
        fold.ApplyAll(above);
        return fold.ToValueMap();
    }

    // The bash-login, bash-rc and init config maps first, then the hook's. The hook is called before the standard
    // assets are read; its result is enumerated after them.
    private static ValueList<ConfigMapSpec> ConfigMaps(Profile profile, ProfileContext context)
    {
        var own = profile.ConfigMaps(context);
        var slug = profile.Slug;
        var maps = new List<ConfigMapSpec>();
        if (profile.BashLoginPath is { } login)
        {
            maps.Add(context.ConfigMapFromAsset($"bash-login-{slug}", "bash-login", $"{context.Home}/.bash_login", login));
        }

        if (profile.BashrcPath is { } rc)
        {
            maps.Add(context.ConfigMapFromAsset($"bash-rc-{slug}", "bash-rc", $"{context.Home}/.bashrc", rc));
        }

        if (profile.InitScriptPath is { } init)
        {
            maps.Add(context.ConfigMapFromAsset(InitConfigMapName(slug), "init", InitMountPath, init));
        }

        maps.AddRange(own);
        return maps.ToValueList();
    }

    // init-file-on-volume (when there is an init script) first, then the hook's.
    private static ValueList<InitContainerSpec> InitContainers(Profile profile, ProfileContext context, string image, ValueList<VolumeSpec> volumes)
    {
        var own = profile.InitContainers(context);
        var containers = new List<InitContainerSpec>();
        if (profile.InitScriptPath is not null)
        {
            containers.Add(InitFileOnVolume(profile, image, volumes, context.Home));
        }

        containers.AddRange(own);
        return containers.ToValueList();
    }

    // The init container mounts every profile volume and the init script (its sub_path is the config map's key).
    // Init containers get no environment from the hub, so a moved home is the script's first argument; the default
    // home keeps the catalogue's command as it always was.
    private static InitContainerSpec InitFileOnVolume(Profile profile, string image, ValueList<VolumeSpec> volumes, string home)
    {
        var mounts = new List<VolumeMountSpec>(volumes.Count + 1);
        foreach (var volume in volumes)
        {
            mounts.Add(new VolumeMountSpec { Name = volume.Name, MountPath = volume.MountPath });
        }

        mounts.Add(new VolumeMountSpec { Name = InitConfigMapName(profile.Slug), MountPath = InitMountPath, SubPath = "init" });
        var run = home == Profile.HomeDefault ? $"sh {InitMountPath}" : $"sh {InitMountPath} {home}";
        return new InitContainerSpec
        {
            Name = InitContainerName,
            Image = image,
            Command = ValueList.Of("sh", "-c", run),
            VolumeMounts = mounts.ToValueList(),
        };
    }

    private static ValueList<YamlNode> ReadManifest(string text, string name) => YamlTemplateReader.ReadDocuments(text, name).ToValueList();

    public static string InitConfigMapName(string slug) => $"init-{slug}";
}
