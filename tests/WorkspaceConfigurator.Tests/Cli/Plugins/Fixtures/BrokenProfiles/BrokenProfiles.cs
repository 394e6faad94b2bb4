using WorkspaceConfigurator.Contract;
using WorkspaceConfigurator.Profiles.JupyterLab;

namespace Fixtures.BrokenProfiles;

public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        registry.Add(new MissingAsset());
        registry.Add(new EscapingAsset());
        registry.Add(new ThrowingHook());
        registry.Add(new BadNames());
        registry.Add(new UnknownInitMount());
        registry.Add(new RoleWithoutApiGroups());
        registry.Add(new BadManifests());
        registry.Add(new BadResources());
        registry.Add(new BadPullSecret());
        registry.Add(new ExtrasWithoutVolume());
        registry.Add(new EnvFromOwnConfigMap());
        registry.Add(new HelmPlaceholder());
        registry.Add(new RequiredUnset());
    }
}

public abstract class Broken : JupyterLabProfile
{
    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, Slug);
        settings.Set(CoreSettings.Description, "deliberately broken");
    }
}

public sealed class MissingAsset : Broken
{
    public override string Slug => "missing-asset";

    public override string? BashrcPath => "config_maps/missing-asset/bash-rc";
}

public sealed class EscapingAsset : Broken
{
    public override string Slug => "escaping-asset";

    public override string? BashrcPath => "../../../etc/passwd";
}

public sealed class ThrowingHook : Broken
{
    public override string Slug => "throwing-hook";

    protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => throw new InvalidOperationException("storage catalogue offline");
}

public sealed class BadNames : Broken
{
    public override string Slug => "bad-names";

    protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) =>
        base.Volumes(context).Select(v => v with { Name = "Home_Volume" });

    protected override IEnumerable<ConfigMapSpec> ConfigMaps(ProfileContext context) =>
        [new ConfigMapSpec
        {
            Name = "site.settings",
            Key = "settings",
            MountPath = "/etc/site",
            DefaultMode = ConfigMapSpec.DefaultFileMode,
            ReadOnly = true,
            Content = "x=1\n",
            Persist = false,
        }];
}

public sealed class UnknownInitMount : Broken
{
    public override string Slug => "unknown-init-mount";

    protected override IEnumerable<InitContainerSpec> InitContainers(ProfileContext context) =>
        [new InitContainerSpec
        {
            Name = "prepare",
            Image = "busybox:1.36",
            Command = ValueList.Of("true"),
            VolumeMounts = ValueList.Of(new VolumeMountSpec { Name = "scratch", MountPath = "/scratch" }),
        }];
}

public sealed class RoleWithoutApiGroups : Broken
{
    public override string Slug => "role-without-api-groups";

    protected override IEnumerable<RoleBindingSpec> RoleBindings(ProfileContext context) =>
    [
        new RoleBindingSpec
        {
            Name = "reader-binding",
            Subjects = ValueList.Of(new SubjectSpec { Name = "default", Kind = SubjectKind.ServiceAccount }),
            Role = new RoleSpec
            {
                Name = "reader",
                ApiGroups = ValueList<string>.Empty,
                Resources = ValueList.Of("pods"),
                Verbs = ValueList.Of(RoleVerb.Get),
            },
            Persist = false,
        },
    ];
}

public sealed class BadManifests : Broken
{
    public override string Slug => "bad-manifests";

    protected override IEnumerable<ManifestSpec> Manifests(ProfileContext context) =>
        [context.ManifestFromAsset("widgets", "widgets", "widget.yaml")];
}

public sealed class BadResources : Broken
{
    public override string Slug => "bad-resources";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.CpuGuarantee, 3);
    }

    protected override IEnumerable<KeyValuePair<string, long>> ExtraResourceLimits(ProfileContext context) => [new("example.com/fpga", -1)];
}

public sealed class BadPullSecret : Broken
{
    public override string Slug => "bad-pull-secret";

    // Stands for data read at run time from a site's secret store; never written in real profile code.
    protected override IEnumerable<ImagePullSecretSpec> ImagePullSecrets(ProfileContext context) =>
        [new ImagePullSecretSpec { Name = "regcred", Persist = false, Data = "not-base64-SECRET-MATERIAL" }];
}

public sealed class ExtrasWithoutVolume : Broken
{
    public override string Slug => "extras-without-volume";

    protected override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => [];

    protected override IEnumerable<string> EnvFromSecrets(ProfileContext context) => ["api-tokens"];

    protected override IEnumerable<SecretMountSpec> SecretMounts(ProfileContext context) => [new SecretMountSpec { Name = "tls", MountPath = "/etc/tls" }];
}

/// <summary>Reads an env value from a config map it creates itself: the hub reads it before creating it.</summary>
public sealed class EnvFromOwnConfigMap : Broken
{
    public override string Slug => "env-from-own-config-map";

    protected override IEnumerable<ConfigMapSpec> ConfigMaps(ProfileContext context) =>
        base.ConfigMaps(context).Append(new ConfigMapSpec
        {
            Name = "site-settings",
            Key = "region",
            MountPath = null,
            DefaultMode = ConfigMapSpec.DefaultFileMode,
            ReadOnly = true,
            Content = "eu-west-1",
            Persist = false,
        });

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        base.PodEnvVars(context).Append(new("SITE_REGION", EnvValue.FromConfigMap("site-settings", "region")));
}

public sealed class HelmPlaceholder : Broken
{
    public override string Slug => "helm-placeholder";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.Description, "Chart {{ .Values.image }}");
    }
}

/// <summary>Declares a setting without a default, and constrained ones: it builds only once a layer sets the token name.</summary>
public sealed class RequiredUnset : Broken
{
    public static SettingKey<string> TokenName { get; } = new("site_token_name", SettingTypes.NonEmptyText, "name of the site's token Secret");

    public static SettingKey<long> Replicas { get; } = new("site_replicas", SettingTypes.Count, "runner replicas");

    public static SettingKey<string> Channel { get; } = new("site_channel", SettingTypes.NonEmptyText, "release channel");

    public override string Slug => "required-unset";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Require(TokenName);
        settings.Set(Replicas, 2L, new() { Minimum = "1", Maximum = "4" });
        settings.Set(Channel, "stable", new() { Allowed = ["stable", "beta"] });
    }

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        base.PodEnvVars(context).Append(new("TOKEN_SECRET", context.Get(TokenName)));
}
