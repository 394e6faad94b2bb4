using WorkspaceConfigurator.Assets;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Profiles;

/// <summary>
/// The build step: runs a profile's hooks against its resolved settings and assembles the <see cref="ProfileSpec"/>.
/// Map overrides (env, node selector, extended resources) are merged after the hooks, so a hook cannot lose them.
/// </summary>
internal static class ProfileSpecBuilder
{
    public const string InitContainerName = "init-file-on-volume";
    public const string InitMountPath = "/opt/init/.init.sh";

    public static ProfileSpec Build(Profile profile, ResolvedSettings settings)
    {
        var slug = profile.Slug;
        try
        {
            return Assemble(profile, new ProfileContext(slug, profile.Home, settings, AssetReader.ForType(profile.GetType())));
        }
        catch (WsconfException e)
        {
            throw new ProfileBuildException(slug, e.Message, e);
        }
        catch (Exception e)
        {
            throw new ProfileBuildException(slug, $"{profile.GetType().FullName} failed to build: {e.GetType().Name}: {e.Message}", e);
        }
    }

    private static ProfileSpec Assemble(Profile profile, ProfileContext context)
    {
        var settings = context.Settings;
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
            ExtraResourceLimits = ResourceLimits(profile, context),
            ExtraResourceGuarantees = profile.ExtraResourceGuarantees(context).ToValueMap(),
            NodeSelector = profile.NodeSelectorDefaults(context).ToValueMap().Merge(settings.GetMap(CoreSettings.NodeSelector)),
            DefaultUrl = settings.Get(CoreSettings.DefaultUrl),
            Env = profile.PodEnvVars(context).ToValueMap().Merge(settings.GetMap(CoreSettings.Env).Select(e => new KeyValuePair<string, EnvValue>(e.Key, EnvValue.Of(e.Value)))),
            ConfigMaps = StandardConfigMaps(profile, context).Concat(profile.ConfigMaps(context)).ToValueList(),
            Volumes = volumes,
            RoleBindings = profile.RoleBindings(context).ToValueList(),
            ImagePullSecrets = profile.ImagePullSecrets(context).ToValueList(),
            InitContainers = InitFileOnVolume(profile, image, volumes).Concat(profile.InitContainers(context)).ToValueList(),
            Manifests = profile.Manifests(context).ToValueList(),
            EnvFromConfigMaps = profile.EnvFromConfigMaps(context).ToValueList(),
            EnvFromSecrets = profile.EnvFromSecrets(context).ToValueList(),
            SecretMounts = profile.SecretMounts(context).ToValueList(),
            Tolerations = profile.Tolerations(context).ToValueList(),
        };
    }

    // gpu_limit owns nvidia.com/gpu (0 removes it); extra_resource_limits.KEY overrides win over both.
    private static ValueMap<long> ResourceLimits(Profile profile, ProfileContext context)
    {
        var limits = profile.ExtraResourceLimits(context).ToValueMap();
        var gpus = context.Get(CoreSettings.GpuLimit);
        limits = gpus > 0 ? limits.Set(Profile.GpuResource, gpus) : limits.Remove(Profile.GpuResource);
        return limits.Merge(context.Settings.GetMap(CoreSettings.ExtraResourceLimits));
    }

    private static IEnumerable<ConfigMapSpec> StandardConfigMaps(Profile profile, ProfileContext context)
    {
        var slug = profile.Slug;
        if (profile.BashLoginPath is { } login)
        {
            yield return context.ConfigMapFromAsset($"bash-login-{slug}", "bash-login", $"{profile.Home}/.bash_login", login);
        }

        if (profile.BashrcPath is { } rc)
        {
            yield return context.ConfigMapFromAsset($"bash-rc-{slug}", "bash-rc", $"{profile.Home}/.bashrc", rc);
        }

        if (profile.InitScriptPath is { } init)
        {
            yield return context.ConfigMapFromAsset(InitConfigMapName(slug), "init", InitMountPath, init);
        }
    }

    // The init container mounts every profile volume and the init script (its sub_path is the config map's key).
    private static IEnumerable<InitContainerSpec> InitFileOnVolume(Profile profile, string image, ValueList<VolumeSpec> volumes)
    {
        if (profile.InitScriptPath is null)
        {
            yield break;
        }

        var mounts = volumes.Select(v => new VolumeMountSpec(v.Name, v.MountPath))
            .Append(new VolumeMountSpec(InitConfigMapName(profile.Slug), InitMountPath, "init"));
        yield return new InitContainerSpec(InitContainerName, image, ValueList.Of("sh", "-c", $"sh {InitMountPath}"), mounts.ToValueList());
    }

    private static string InitConfigMapName(string slug) => $"init-{slug}";
}
