using System.Globalization;
using FluentAssertions;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Profiles.Coder;

namespace WorkspaceConfigurator.Tests.Build;

/// <summary>
/// <see cref="SpecBuilder"/> on small profiles and settings written by hand (<see cref="ResolvedFor"/>): the
/// spec takes the resolved values, the layers' map entries merge after the hooks' (those above the class win over
/// the hooks, those below lose to them), gpu_limit owns nvidia.com/gpu, the path attributes make the standard config
/// maps and the init container, and whatever goes wrong in a hook is one error naming the profile.
/// </summary>
public sealed class SpecBuilderTests
{
    private const string BashLogin = "coder/config_maps/family/bash-login";
    private const string BashRc = "coder/config_maps/coder/bash-rc";
    private const string InitScript = "coder/config_maps/coder/init.sh";

    /// <summary>Gives an entry of each map setting, one of them read from a resolved setting.</summary>
    private sealed class Hooked : Profile
    {
        public override string Slug => "hooked";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "Hooked");
            settings.Set(CoreSettings.Description, "has hooks for every map");
            settings.Set(CoreSettings.Image, "example.org/hooked:1");
        }

        protected internal override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
            ValueMap.Of<EnvValue>(("SHARED", "hook"), ("ONLY_HOOK", "hook"), ("CPUS", context.Get(CoreSettings.CpuLimit).ToString(CultureInfo.InvariantCulture)));

        protected internal override IEnumerable<KeyValuePair<string, string>> NodeSelectorDefaults(ProfileContext context) =>
            ValueMap.Of(("pool", "hook"), ("disk", "hook"));

        protected internal override IEnumerable<KeyValuePair<string, long>> ExtraResourceLimits(ProfileContext context) =>
            ValueMap.Of(("example.com/fpga", 1L), (Profile.GpuResource, 4L));
    }

    /// <summary>Names all three standard assets (the coder family's files), with a volume, a config map and an init container of its own.</summary>
    private sealed class WithAssets : Profile
    {
        public override string Slug => "assets";

        public override string? BashLoginPath => BashLogin;

        public override string? BashrcPath => BashRc;

        public override string? InitScriptPath => InitScript;

        internal override Type AssetOwner => typeof(CodeServer);

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "With assets");
            settings.Set(CoreSettings.Description, "names the standard assets");
            settings.Set(CoreSettings.Image, "example.org/assets:1");
        }

        protected internal override IEnumerable<VolumeSpec> Volumes(ProfileContext context) =>
        [
            Volume("home", context.Home),
            Volume("scratch", "/scratch"),
        ];

        protected internal override IEnumerable<ConfigMapSpec> ConfigMaps(ProfileContext context) =>
            [new() { Name = "own", Key = "own", DefaultMode = ConfigMapSpec.DefaultFileMode, ReadOnly = true, Content = "x", Persist = false }];

        protected internal override IEnumerable<InitContainerSpec> InitContainers(ProfileContext context) =>
            [new() { Name = "own-init", Image = "example.org/init:1", Command = ValueList.Of("true"), VolumeMounts = ValueList<VolumeMountSpec>.Empty }];

        private static VolumeSpec Volume(string name, string mountPath) => new()
        {
            Name = name,
            ClaimName = $"claim-{name}",
            Size = Quantity.Parse("1Gi"),
            StorageClass = "standard",
            AccessModes = ValueList.Of(AccessMode.ReadWriteOnce),
            MountPath = mountPath,
            Persist = true,
        };
    }

    /// <summary>Names no asset and has no hooks.</summary>
    private sealed class Plain : Profile
    {
        public override string Slug => "plain";

        protected override void Declare(SettingDefaults settings)
        {
            base.Declare(settings);
            settings.Set(CoreSettings.DisplayName, "Plain");
            settings.Set(CoreSettings.Description, "no assets, no hooks");
            settings.Set(CoreSettings.Image, "example.org/plain:1");
        }
    }

    /// <summary>Its volume hook fails as code fails, with an exception of its own.</summary>
    private sealed class Throwing : Profile
    {
        public override string Slug => "throwing";

        protected internal override IEnumerable<VolumeSpec> Volumes(ProfileContext context) => throw new InvalidOperationException("the disk is on fire");
    }

    /// <summary>Its env hook refuses with a wsconf error, whose message is meant for the user as it is.</summary>
    private sealed class Refusing : Profile
    {
        public override string Slug => "refusing";

        protected internal override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
            throw new ProfileException("env: PIP_INDEX_URL must be https");
    }

    /// <summary>Gives the manifests it was made with.</summary>
    private sealed class WithManifests(params ManifestSpec[] manifests) : Profile
    {
        public override string Slug => "manifests";

        protected internal override IEnumerable<ManifestSpec> Manifests(ProfileContext context) => manifests;
    }

    private static IEnumerable<string> Shown<T>(ValueMap<T> map) => map.Select(e => $"{e.Key}={e.Value}");

    private static ProfileSpec Build(Profile profile, ResolvedFor settings, HookTrace? trace = null) =>
        SpecBuilder.Build(profile, settings.Settings(), trace);

    private static ProfileSpec Build(Profile profile) => Build(profile, new ResolvedFor(profile));

    [Fact]
    public void The_spec_and_the_hooks_take_the_resolved_values_not_the_class_defaults()
    {
        var hooked = new Hooked();
        var spec = Build(hooked, new ResolvedFor(hooked).With(CoreSettings.CpuLimit, 6).With(CoreSettings.Image, "example.org/resolved:2").With(CoreSettings.DefaultUrl, "/lab"));
        spec.CpuLimit.Should().Be(6);
        spec.Image.Should().Be("example.org/resolved:2");
        spec.DefaultUrl.Should().Be("/lab");
        spec.DisplayName.Should().Be("Hooked");
        spec.Env.Single(e => e.Key == "CPUS").Value.ToString().Should().Be("6");
    }

    [Fact]
    public void Without_layered_entries_the_maps_are_the_hooks_own()
    {
        var spec = Build(new Hooked(), new ResolvedFor(new Hooked()).With(CoreSettings.GpuLimit, 4L));
        Shown(spec.Env).Should().Equal("SHARED=hook", "ONLY_HOOK=hook", "CPUS=1");
        Shown(spec.NodeSelector).Should().Equal("pool=hook", "disk=hook");
        Shown(spec.ExtraResourceLimits).Should().Equal("example.com/fpga=1", "nvidia.com/gpu=4");
    }

    [Fact]
    public void An_env_entry_above_the_class_wins_over_the_hooks_entry_of_that_name()
    {
        var hooked = new Hooked();
        var spec = Build(hooked, new ResolvedFor(hooked).Above(CoreSettings.Env, "SHARED", "site").Above(CoreSettings.Env, "NEW", "site"));
        Shown(spec.Env).Should().Equal("SHARED=site", "ONLY_HOOK=hook", "CPUS=1", "NEW=site");
        spec.Env.Single(e => e.Key == "SHARED").Value.Should().Be(EnvValue.Of("site"), "a layer's text becomes a literal value");
    }

    [Fact]
    public void The_hooks_env_entry_wins_over_an_entry_below_the_class_of_that_name()
    {
        var hooked = new Hooked();
        var spec = Build(hooked, new ResolvedFor(hooked).Below(CoreSettings.Env, "SHARED", "global").Below(CoreSettings.Env, "GLOBAL", "global"));
        Shown(spec.Env).Should().Equal("SHARED=hook", "GLOBAL=global", "ONLY_HOOK=hook", "CPUS=1");
    }

    [Fact]
    public void An_env_entry_deleted_above_the_class_removes_the_hooks_entry()
    {
        var hooked = new Hooked();
        Shown(Build(hooked, new ResolvedFor(hooked).DeleteAbove(CoreSettings.Env, "ONLY_HOOK")).Env).Should().Equal("SHARED=hook", "CPUS=1");
    }

    [Fact]
    public void Replacing_env_above_the_class_drops_the_hooks_entries_and_those_below()
    {
        var hooked = new Hooked();
        var settings = new ResolvedFor(hooked).Below(CoreSettings.Env, "GLOBAL", "global").ReplaceAbove(CoreSettings.Env).Above(CoreSettings.Env, "ONLY", "site");
        Shown(Build(hooked, settings).Env).Should().Equal("ONLY=site");
    }

    [Fact]
    public void A_node_selector_entry_above_the_class_wins_over_the_hooks_default_and_one_below_loses_to_it()
    {
        var hooked = new Hooked();
        var settings = new ResolvedFor(hooked).Below(CoreSettings.NodeSelector, "disk", "global").Above(CoreSettings.NodeSelector, "pool", "site");
        // global:'s entry comes first, so the key keeps that place; the hook's value wins it.
        Shown(Build(hooked, settings).NodeSelector).Should().Equal("disk=hook", "pool=site");
    }

    [Fact]
    public void An_extra_resource_limit_above_the_class_wins_over_the_hooks_and_one_below_loses_to_it()
    {
        var hooked = new Hooked();
        var settings = new ResolvedFor(hooked).With(CoreSettings.GpuLimit, 1L)
            .Below(CoreSettings.ExtraResourceLimits, "example.com/fpga", 7L).Above(CoreSettings.ExtraResourceLimits, "example.com/asic", 2L);
        Shown(Build(hooked, settings).ExtraResourceLimits).Should().Equal("example.com/fpga=1", "nvidia.com/gpu=1", "example.com/asic=2");
    }

    [Fact]
    public void A_gpu_limit_sets_nvidia_gpu_on_a_profile_whose_hooks_give_none()
    {
        var plain = new Plain();
        Shown(Build(plain, new ResolvedFor(plain).With(CoreSettings.GpuLimit, 2L)).ExtraResourceLimits).Should().Equal("nvidia.com/gpu=2");
    }

    [Fact]
    public void Gpu_limit_wins_over_the_nvidia_gpu_a_hook_gives()
    {
        var hooked = new Hooked();
        Shown(Build(hooked, new ResolvedFor(hooked).With(CoreSettings.GpuLimit, 1L)).ExtraResourceLimits).Should().Equal("example.com/fpga=1", "nvidia.com/gpu=1");
    }

    [Fact]
    public void A_gpu_limit_of_zero_removes_the_nvidia_gpu_a_hook_gives()
    {
        var hooked = new Hooked();
        Shown(Build(hooked, new ResolvedFor(hooked).With(CoreSettings.GpuLimit, 0L)).ExtraResourceLimits).Should().Equal("example.com/fpga=1");
    }

    [Fact]
    public void An_nvidia_gpu_entry_above_the_class_wins_over_gpu_limit_and_one_below_loses_to_it()
    {
        var plain = new Plain();
        var above = new ResolvedFor(plain).With(CoreSettings.GpuLimit, 1L).Above(CoreSettings.ExtraResourceLimits, Profile.GpuResource, 3L);
        var below = new ResolvedFor(plain).With(CoreSettings.GpuLimit, 1L).Below(CoreSettings.ExtraResourceLimits, Profile.GpuResource, 3L);
        Shown(Build(plain, above).ExtraResourceLimits).Should().Equal("nvidia.com/gpu=3");
        Shown(Build(plain, below).ExtraResourceLimits).Should().Equal("nvidia.com/gpu=1");
    }

    [Fact]
    public void The_path_attributes_make_the_bash_login_bash_rc_and_init_config_maps_before_the_hooks_own()
    {
        var assets = AssetReader.ForType(typeof(CodeServer));
        var maps = Build(new WithAssets()).ConfigMaps;
        maps.Select(m => $"{m.Name} {m.Key} {m.MountPath}").Should().Equal(
            "bash-login-assets bash-login /workspace/.bash_login",
            "bash-rc-assets bash-rc /workspace/.bashrc",
            "init-assets init /opt/init/.init.sh",
            "own own ");
        maps.Take(3).Select(m => m.Content).Should().Equal(assets.ReadText(BashLogin), assets.ReadText(BashRc), assets.ReadText(InitScript));
        maps.Take(3).Should().OnlyContain(m => m.ReadOnly && !m.Persist);
    }

    [Fact]
    public void The_init_script_adds_the_init_container_first_mounting_every_volume_and_the_script()
    {
        var profile = new WithAssets();
        var containers = Build(profile, new ResolvedFor(profile).With(CoreSettings.Image, "example.org/resolved:2")).InitContainers;
        containers.Select(c => c.Name).Should().Equal(SpecBuilder.InitContainerName, "own-init");
        var init = containers[0];
        init.Image.Should().Be("example.org/resolved:2", "the init container runs the workspace's image as resolved");
        init.Command.Should().Equal("sh", "-c", "sh /opt/init/.init.sh");
        init.VolumeMounts.Select(m => $"{m.Name} {m.MountPath} {m.SubPath}").Should().Equal(
            "home /workspace ", "scratch /scratch ", "init-assets /opt/init/.init.sh init");
    }

    [Fact]
    public void A_moved_home_moves_the_rc_files_and_is_the_init_scripts_argument()
    {
        var profile = new WithAssets();
        var spec = Build(profile, new ResolvedFor(profile).With(CoreSettings.HomePath, "/home/jovyan"));
        spec.ConfigMaps.Take(2).Select(m => m.MountPath).Should().Equal("/home/jovyan/.bash_login", "/home/jovyan/.bashrc");
        spec.InitContainers[0].Command.Should().Equal("sh", "-c", "sh /opt/init/.init.sh /home/jovyan");
        spec.InitContainers[0].VolumeMounts[0].MountPath.Should().Be("/home/jovyan");
    }

    [Fact]
    public void Without_path_attributes_there_are_no_standard_config_maps_and_no_init_container()
    {
        var spec = Build(new Plain());
        spec.ConfigMaps.Should().BeEmpty();
        spec.InitContainers.Should().BeEmpty();
    }

    [Fact]
    public void A_hook_that_throws_is_an_error_naming_the_profile_the_class_and_the_exception()
    {
        var build = () => Build(new Throwing());
        build.Should().Throw<ProfileBuildException>()
            .WithMessage($"profile 'throwing': {typeof(Throwing).FullName} failed to build: InvalidOperationException: the disk is on fire")
            .Which.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public void A_failure_names_the_class_it_is_given_for_a_profile_that_wraps_another()
    {
        var build = () => SpecBuilder.Build(new Throwing(), new ResolvedFor(new Throwing()).Settings(), type: typeof(CodeServer));
        build.Should().Throw<ProfileBuildException>().WithMessage($"profile 'throwing': {typeof(CodeServer).FullName} failed to build: *");
    }

    [Fact]
    public void A_wsconf_error_from_a_hook_keeps_its_message_under_the_profiles_name()
    {
        var build = () => Build(new Refusing());
        build.Should().Throw<ProfileBuildException>().WithMessage("profile 'refusing': env: PIP_INDEX_URL must be https")
            .Which.Reason.Should().Be("env: PIP_INDEX_URL must be https");
    }

    [Fact]
    public void The_manifests_the_hooks_give_are_bounded()
    {
        var manifest = new ManifestSpec { Name = "broken", Key = "broken.yaml", Content = new ValueList<YamlNode>([null!]), Persist = false };
        var build = () => Build(new WithManifests(manifest));
        build.Should().Throw<ProfileBuildException>().WithMessage("profile 'manifests': manifest 'broken' (key 'broken.yaml'): content[0]: is null*");
    }

    [Fact]
    public void The_trace_keeps_the_hooks_map_entries_before_the_layers_with_gpu_limit_applied()
    {
        var hooked = new Hooked();
        var trace = new HookTrace();
        var settings = new ResolvedFor(hooked).With(CoreSettings.GpuLimit, 2L)
            .Above(CoreSettings.Env, "SHARED", "site").Above(CoreSettings.NodeSelector, "pool", "site").Above(CoreSettings.ExtraResourceLimits, "example.com/fpga", 9L);
        var spec = Build(hooked, settings, trace);
        Shown(trace.Env).Should().Equal("SHARED=hook", "ONLY_HOOK=hook", "CPUS=1");
        Shown(trace.NodeSelector).Should().Equal("pool=hook", "disk=hook");
        Shown(trace.ExtraResourceLimits).Should().Equal("example.com/fpga=1", "nvidia.com/gpu=2");
        trace.FromHooks.Should().BeSameAs(spec);
    }
}
