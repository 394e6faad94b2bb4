using FluentAssertions;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Check;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Render.AppHub;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Check;

/// <summary>
/// What the hub does differently from what config.yml seems to say (hub-spawn.md): env read from a config map before
/// the profile creates it, parts dropped without a volume, and the final newline Jinja takes from a rendered string.
/// </summary>
public sealed class ConsumerQuirkRuleTests
{
    private const string OwnConfigMapValid = "a config map created beforehand, e.g. another profile's config map with persist: true or one made outside the hub, or a plain value";

    private const string NewlineWarning = "contains {{ and ends in one newline, which the hub's Jinja step removes: the text reaches the workspace without its final newline (end the text with two newlines, or use no {{ in it)";

    private static ProfileSpec Builtin(string slug = "coder")
    {
        var registry = new ProfileRegistry();
        registry.RegisterBuiltIn(BuiltinProfiles.Registrars());
        return Plans.Builtin(slug).Single().Spec! with { Groups = ValueList.Of("staff") };
    }

    private static IReadOnlyList<string> Lines(ProfileSpec spec) => SpecValidator.Validate([spec]).Select(f => f.ToLine()).ToList();

    private static ProfileSpec WithEnv(ProfileSpec spec, string name, EnvValue value) => spec with { Env = spec.Env.Set(name, value) };

    private static ProfileSpec WithConfigMapContent(ProfileSpec spec, int index, string? content) =>
        spec with { ConfigMaps = spec.ConfigMaps.Select((c, i) => i == index ? c with { Content = content } : c).ToValueList() };

    private static YamlMapping ConfigMapObject(string name, string? ns = null, string apiVersion = "v1", string kind = "ConfigMap")
    {
        var metadata = new YamlMappingBuilder().Add("name", name).AddIfNotNull("namespace", ns).Build();
        return new YamlMappingBuilder().Add("apiVersion", apiVersion).Add("kind", kind).Add("metadata", metadata)
            .Add("data", new YamlMappingBuilder().Add("k", "v").Build()).Build();
    }

    private static ProfileSpec WithManifestObjects(ProfileSpec spec, params YamlNode[] objects) =>
        spec with { Manifests = spec.Manifests.Append(new ManifestSpec { Name = "extra", Key = "extra", Content = objects.ToValueList(), Persist = false }).ToValueList() };

    [Fact]
    public void Env_read_from_a_config_map_the_profile_creates_is_an_error()
    {
        var spec = Builtin();
        spec.ConfigMaps[1].Name.Should().Be("bash-rc-coder", "the case below reads one of coder's own config maps");
        Lines(WithEnv(spec, "BASHRC", EnvValue.FromConfigMap("bash-rc-coder", "bash-rc"))).Should().Equal(
            "error: coder: pod_env_vars.BASHRC.from_config_map.name: config map 'bash-rc-coder' is created by this profile (config_maps[1]), "
            + "but the hub reads the value before it creates the profile's config maps, so the spawn fails (404) while the config map does not exist yet"
            + $" ({OwnConfigMapValid})");
    }

    [Fact]
    public void Env_read_from_a_config_map_that_a_manifest_of_the_profile_creates_is_an_error()
    {
        // The hub applies the manifests after the config maps, so they are as late for the read.
        var spec = Builtin("coder-dask-gateway");
        Lines(WithEnv(spec, "GATEWAY", EnvValue.FromConfigMap("dask-gateway-config", "gateway.yaml"))).Should().ContainSingle().Which.Should().StartWith(
            "error: coder-dask-gateway: pod_env_vars.GATEWAY.from_config_map.name: config map 'dask-gateway-config' is created by this profile (manifests[0].content[1]), but");
    }

    [Fact]
    public void Every_reference_to_an_own_config_map_is_named()
    {
        var spec = WithEnv(WithEnv(Builtin(), "A", EnvValue.FromConfigMap("init-coder", "init")), "B", EnvValue.FromConfigMap("bash-login-coder", "bash-login"));
        Lines(spec).Select(l => l[..l.IndexOf(" is created", StringComparison.Ordinal)]).Should().Equal(
            "error: coder: pod_env_vars.A.from_config_map.name: config map 'init-coder'",
            "error: coder: pod_env_vars.B.from_config_map.name: config map 'bash-login-coder'");
    }

    [Theory]
    [InlineData("settings-{{ spawner.user.name }}", "settings-{{spawner.user.name}}", true)]
    [InlineData("{{ namespace }}-settings", "{{namespace}}-settings", true)]
    [InlineData("settings-{{ spawner.user.name }}", "settings-jovyan", false)]
    [InlineData("settings-jovyan", "settings-{{ spawner.user.name }}", false)]
    [InlineData("settings-{{ spawner.user.name }}", "settings-{{ namespace }}", false)]
    public void Names_are_compared_as_the_hub_renders_them(string created, string read, bool same)
    {
        var spec = Builtin();
        var settings = new ConfigMapSpec
        {
            Name = created,
            Key = "settings",
            MountPath = null,
            DefaultMode = ConfigMapSpec.DefaultFileMode,
            ReadOnly = true,
            Content = "x=1\n",
            Persist = false,
        };
        spec = WithEnv(spec with { ConfigMaps = spec.ConfigMaps.Append(settings).ToValueList() }, "SETTINGS", EnvValue.FromConfigMap(read, "settings"));
        Lines(spec).Should().HaveCount(same ? 1 : 0);
    }

    [Fact]
    public void Manifest_config_maps_count_in_the_users_namespace_only()
    {
        var spec = WithManifestObjects(Builtin(), ConfigMapObject("elsewhere", ns: "shared"), ConfigMapObject("here", ns: "{{namespace}}"),
            ConfigMapObject("not-a-config-map", kind: "Secret"), YamlNode.Str("kind: ConfigMap"));
        var read = WithEnv(WithEnv(WithEnv(spec, "A", EnvValue.FromConfigMap("elsewhere", "k")), "B", EnvValue.FromConfigMap("here", "k")), "C", EnvValue.FromConfigMap("not-a-config-map", "k"));
        Lines(read).Where(l => l.Contains("from_config_map", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().StartWith("error: coder: pod_env_vars.B.from_config_map.name: config map 'here' is created by this profile (manifests[0].content[1])");
    }

    [Fact]
    public void Env_from_config_maps_that_exist_before_the_spawn_is_fine()
    {
        var spec = Builtin();

        // A config map without content is mounted, not created: it must exist before, and the read finds it.
        var mounted = WithEnv(WithConfigMapContent(spec, 1, null), "BASHRC", EnvValue.FromConfigMap("bash-rc-coder", "bash-rc"));
        Lines(mounted).Should().BeEmpty();
        Lines(WithEnv(spec, "SHARED", EnvValue.FromConfigMap("site-settings", "region"))).Should().BeEmpty();
    }

    [Fact]
    public void Env_from_a_whole_config_map_the_profile_creates_is_fine()
    {
        // envFrom is a reference in the pod, resolved when the container starts: after the hub created the config map.
        var spec = Builtin();
        Lines(spec with { EnvFromConfigMaps = ValueList.Of("bash-rc-coder") }).Should().BeEmpty();
    }

    [Fact]
    public void Every_part_the_hub_ignores_without_a_volume_is_an_error()
    {
        var spec = Builtin() with
        {
            Volumes = ValueList<VolumeSpec>.Empty,
            InitContainers = ValueList.Of(new InitContainerSpec
            {
                Name = "prepare",
                Image = "busybox:1.36",
                Command = ValueList.Of("true"),
                VolumeMounts = ValueList<VolumeMountSpec>.Empty,
            }),
            ImagePullSecrets = ValueList.Of(new ImagePullSecretSpec { Name = "regcred", Persist = true, Data = null }),
            EnvFromConfigMaps = ValueList.Of("site-settings"),
            EnvFromSecrets = ValueList.Of("api-tokens"),
            SecretMounts = ValueList.Of(new SecretMountSpec { Name = "tls", MountPath = "/etc/tls" }),
        };
        spec.RoleBindings.Should().NotBeEmpty();
        Lines(spec).Should().Equal(
            new[] { "role_bindings", "image_pull_secrets", "init_containers", "env_from_config_maps", "env_from_secrets", "secret_mounts" }
                .Select(f => $"error: coder: {f}: ignored by the hub because the profile has no volume: the workspace would start without them (add a volume, or drop them)"));
        Lines(spec with { Volumes = Builtin().Volumes, InitContainers = Builtin().InitContainers }).Should().BeEmpty("with a volume the hub applies them all");
    }

    [Fact]
    public void A_rendered_config_map_that_ends_in_one_newline_is_warned_about()
    {
        var spec = WithConfigMapContent(Builtin(), 1, "echo Welcome, {{ spawner.user.name }}\n");
        Lines(spec).Should().Equal($"warning: coder: config_maps[1].content: {NewlineWarning}");
    }

    [Theory]
    [InlineData("echo {{ namespace }}\n", true)]
    [InlineData("echo {{ namespace }}\r\n", true)]
    [InlineData("echo {{ namespace }}\r", true)]
    [InlineData("{{ namespace }}\nline two\n", true)]
    [InlineData("echo {{ namespace }}\n\n", false)]
    [InlineData("echo {{ namespace }}\r\n\r\n", false)]
    [InlineData("echo {{ namespace }}", false)]
    [InlineData("echo $NAMESPACE\n", false)]
    [InlineData("echo { {x} }\n", false)]
    public void Only_text_the_hub_renders_that_ends_in_one_newline_loses_it(string content, bool loses)
    {
        TemplateRules.LosesFinalNewline(content).Should().Be(loses);
        Lines(WithConfigMapContent(Builtin(), 1, content)).Should().HaveCount(loses ? 1 : 0);
    }

    [Fact]
    public void A_string_the_hub_cannot_render_gets_only_its_error()
    {
        Lines(WithConfigMapContent(Builtin(), 1, "{{ .Values.motd }}\n")).Should().ContainSingle().Which.Should().StartWith("error: coder: config_maps[1].content: '{{ .Values.motd }}' is not supported");
    }

    [Fact]
    public void The_warning_names_the_field_as_config_yml_does_in_every_kind_of_field()
    {
        const string text = "Welcome to {{ namespace }}\n";
        var spec = Builtin("coder-dask-gateway");
        var manifest = spec.Manifests[0];
        var motd = new YamlMappingBuilder().Add("apiVersion", "v1").Add("kind", "ConfigMap").Add("metadata", new YamlMappingBuilder().Add("name", "motd").Build())
            .Add("data", new YamlMappingBuilder().Add("motd", text).Build()).Build();
        spec = spec with
        {
            Description = text,
            NodeSelector = ValueMap.Of(("pool", text)),
            DefaultUrl = text,
            Env = spec.Env.Set("GREETING", text),
            Volumes = spec.Volumes.Select((v, i) => i == 0 ? v with { Annotations = ValueMap.Of(("example.org/note", text)) } : v).ToValueList(),
            InitContainers = spec.InitContainers.Select((c, i) => i == 0 ? c with { Command = c.Command.Append(text).ToValueList() } : c).ToValueList(),
            Manifests = ValueList.Of(manifest with { Content = manifest.Content.Append(motd).ToValueList() }),
        };
        spec = WithConfigMapContent(spec, 0, text);

        // The oracle: every string of the rendered config.yml that holds "{{" and ends in one newline, in file order.
        var expected = RenderedTreeWalk.Strings(AppHubConfigRenderer.RenderProfile(spec))
            .Where(v => v.Text.Contains("{{", StringComparison.Ordinal) && v.Text.EndsWith('\n') && !v.Text.EndsWith("\n\n", StringComparison.Ordinal))
            .Select(v => $"warning: coder-dask-gateway: {v.Field}: {NewlineWarning}").ToList();
        expected.Should().HaveCount(8);
        expected.Should().Contain(l => l.Contains(": manifests[0].content[5].data.motd: ", StringComparison.Ordinal));
        // (A node label value may hold no newline at all: that is another rule's error.)
        Lines(spec).Where(l => l.StartsWith("warning: ", StringComparison.Ordinal)).Should().Equal(expected);
    }
}
