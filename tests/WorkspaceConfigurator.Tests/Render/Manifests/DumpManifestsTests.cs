using FluentAssertions;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Render.Manifests;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>dump-manifests through the CLI: every emitted object is valid Kubernetes, placeholders rendered.</summary>
public sealed class DumpManifestsTests
{
    [Theory]
    [MemberData(nameof(Profiles.BuiltinCatalogTests.Slugs), MemberType = typeof(Profiles.BuiltinCatalogTests))]
    public void Every_builtin_profile_emits_valid_objects(string slug)
    {
        var documents = DumpManifests.Documents(DumpManifests.ValidOutput("--profile", slug));
        var pod = documents.Single(d => (string?)d["kind"] == "Pod");
        pod["metadata"]!["name"]!.ToString().Should().Be("jupyter-jovyan");
        pod["metadata"]!["labels"]!["hub.jupyter.org/username"]!.ToString().Should().Be("jovyan");
        documents.Should().OnlyContain(d => d["metadata"]!["namespace"] == null || (string?)d["metadata"]!["namespace"] == "jupyter-jovyan");
    }

    [Fact]
    public void All_profiles_at_once_with_overrides_and_another_user()
    {
        var yaml = DumpManifests.ValidOutput(
            "--user", "alice", "--namespace", "team-a",
            "--override", "coder-gpu:gpu_limit=2",
            "--override", "coder:workspace_volume_size=250Gi",
            "--override", "jupyterlab:mem_limit=6G",
            "--node-selector", "coder:topology.kubernetes.io/zone=eu-west-1a");
        var documents = DumpManifests.Documents(yaml);
        documents.Where(d => (string?)d["kind"] == "Pod").Should().HaveCount(Profiles.BuiltinCatalogTests.AllSlugs.Length)
            .And.OnlyContain(p => (string?)p["metadata"]!["name"] == "jupyter-alice" && (string?)p["metadata"]!["namespace"] == "team-a");
        yaml.Should().Contain("nvidia.com/gpu: \"2\"").And.Contain("storage: 250Gi").And.Contain("memory: 6Gi")
            .And.Contain("dask-gw-jupyter-alice").And.Contain("dask-gateway.team-a.svc.cluster.local");
    }

    [Fact]
    public void Gpu_profile_resources_and_selector_but_no_toleration_the_hub_would_not_set()
    {
        var documents = DumpManifests.Documents(DumpManifests.ValidOutput("--profile", "coder-gpu", "--override", "coder-gpu:gpu_limit=2"));
        var spec = documents.Single(d => (string?)d["kind"] == "Pod")["spec"]!;
        var resources = spec["containers"]![0]!["resources"]!;
        resources["limits"]!["nvidia.com/gpu"]!.ToString().Should().Be("2");
        resources["requests"]!["nvidia.com/gpu"]!.ToString().Should().Be("2");
        resources["limits"]!["memory"]!.ToString().Should().Be("32Gi");
        resources["limits"]!["cpu"]!.ToString().Should().Be("8");
        spec["nodeSelector"]!["nvidia.com/gpu.present"]!.ToString().Should().Be("true");
        spec["tolerations"].Should().BeNull("config.yml cannot carry tolerations and the kubespawner preset says the cluster adds none");
    }

    [Fact]
    public void Placeholders_are_rendered_in_manifests_and_env()
    {
        var yaml = DumpManifests.ValidOutput("--profile", "coder-dask-gateway");
        var documents = DumpManifests.Documents(yaml);
        var release = documents.Single(d => (string?)d["kind"] == "Release");
        release["metadata"]!["name"]!.ToString().Should().Be("dask-gw-jupyter-jovyan");
        release["metadata"]!["namespace"].Should().BeNull("a Crossplane Release is cluster-scoped");
        release["spec"]!["forProvider"]!["namespace"]!.ToString().Should().Be("jupyter-jovyan");
        documents.Single(d => (string?)d["metadata"]!["name"] == "bind-default-to-services")["subjects"]![0]!["namespace"]!.ToString().Should().Be("jupyter-jovyan");
        documents.Single(d => (string?)d["metadata"]!["name"] == "dask-gateway-config")["metadata"]!["namespace"]!.ToString().Should().Be("jupyter-jovyan");
        yaml.Should().Contain("value: http://dask-gateway.jupyter-jovyan.svc.cluster.local:80").And.NotContain("{{");
    }

    [Fact]
    public void Starts_each_profile_with_a_comment_and_separates_documents()
    {
        var yaml = DumpManifests.ValidOutput("--profile", "coder-gpu,jupyterlab");
        yaml.Should().StartWith("# profile: coder-gpu (GPU Code Server)\napiVersion: v1\n");
        yaml.Should().Contain("---\n# profile: jupyterlab (");
        yaml.Split('\n').Count(l => l.StartsWith("# profile: ", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void Unsupported_template_in_an_env_override_fails_naming_profile_field_and_expression()
    {
        using var folder = new TempFolder();
        var file = folder.File("out.yaml");
        var result = CliRunner.Run("dump-manifests", "--profile", "coder", "--override", "coder:env.X={{ .Values.x }}", "--output", file);
        result.ShouldFailWith(ExitCodes.Invalid, "coder: pod_env_vars.X: '{{ .Values.x }}' is not supported");
        File.Exists(file).Should().BeFalse();
        Directory.GetFileSystemEntries(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void Unsupported_template_in_a_manifest_fails_naming_its_path()
    {
        var manifest = YamlTemplateReader.ReadDocuments("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: helm-values}
            data:
              values.yaml: "replicas: {{ .Values.replicas }}"
            """);
        var spec = MinimalSpec() with { Manifests = ValueList.Of(new ManifestSpec { Name = "extra", Key = "extra", Content = manifest.ToValueList(), Persist = false }) };
        var act = () => KubernetesRenderer.Render(spec, SpawnTarget.ForUser("jovyan"));
        act.Should().Throw<ProfileException>().WithMessage(
            "profile 'tiny': manifests[0].content[0].data.values.yaml: template expression '{{ .Values.replicas }}' is not supported; *");
    }

    [Fact]
    public void A_bash_length_expansion_in_a_config_map_passes_through_as_the_hub_leaves_it()
    {
        // The hub runs Jinja only on strings that contain "{{"; a script without one reaches the pod as written.
        var spec = MinimalSpec() with { ConfigMaps = ValueList.Of(new ConfigMapSpec
        {
            Name = "rc",
            Key = "rc",
            MountPath = "/etc/rc",
            DefaultMode = 0b110_100_100,
            ReadOnly = true,
            Content = "echo ${#PATH}\n",
            Persist = false,
        }) };
        var map = KubernetesRenderer.Render(spec, SpawnTarget.ForUser("jovyan")).OfType<WorkspaceConfigurator.Render.KubernetesObjects.ModelObject>().Single(o => o.Kind == "ConfigMap");
        map.ToYaml().ToString().Should().Contain("${#PATH}");
    }

    [Fact]
    public void A_bash_length_expansion_next_to_a_placeholder_is_reported()
    {
        var spec = MinimalSpec() with { ConfigMaps = ValueList.Of(new ConfigMapSpec
        {
            Name = "rc",
            Key = "rc",
            MountPath = "/etc/rc",
            DefaultMode = 0b110_100_100,
            ReadOnly = true,
            Content = "cd /home/{{ spawner.user.name }}; echo ${#PATH}\n",
            Persist = false,
        }) };
        var act = () => KubernetesRenderer.Render(spec, SpawnTarget.ForUser("jovyan"));
        act.Should().Throw<ProfileException>().WithMessage("profile 'tiny': config_maps[0].content: template expression '{#PATH}*");
    }

    [Fact]
    public void Renders_image_pull_secrets_secret_mounts_env_from_and_user_subjects()
    {
        var spec = MinimalSpec() with
        {
            Volumes = ValueList.Of(new VolumeSpec
            {
                Name = "home",
                ClaimName = "home-{{ spawner.user.name }}",
                Size = Quantity.Parse("1Gi"),
                StorageClass = "standard",
                AccessModes = ValueList.Of(AccessMode.ReadWriteOnce),
                MountPath = "/home",
                Persist = true,
                Annotations = ValueMap<string>.From([new("backup.example.org/owner", "{{ spawner.user.name }}")]),
            }),
            ImagePullSecrets = ValueList.Of(new ImagePullSecretSpec { Name = "registry-creds", Persist = false, Data = "eyJhdXRocyI6e319" }, new ImagePullSecretSpec { Name = "made-elsewhere", Persist = false, Data = null }),
            SecretMounts = ValueList.Of(new SecretMountSpec { Name = "tls", MountPath = "/etc/tls" }),
            EnvFromConfigMaps = ValueList.Of("settings"),
            EnvFromSecrets = ValueList.Of("tokens"),
            Env = ValueMap<EnvValue>.From([new("MODE", EnvValue.FromConfigMap("settings", "mode"))]),
            RoleBindings = ValueList.Of(new RoleBindingSpec
            {
                Name = "viewer",
                Subjects = ValueList.Of(new SubjectSpec { Name = "{{ spawner.user.name }}", Kind = SubjectKind.User }),
                Role = new RoleSpec
                {
                    Name = "viewer-role",
                    ApiGroups = ValueList.Of(""),
                    Resources = ValueList.Of("pods"),
                    Verbs = ValueList.Of(RoleVerb.Get),
                },
                Persist = false,
            }),
        };
        var objects = KubernetesRenderer.Render(spec, SpawnTarget.ForUser("bob"));
        var yaml = ManifestStream.Write([new SpawnObjects("tiny", "Tiny", objects)]);
        Support.KubernetesValidator.ValidateYaml(yaml).Should().BeEmpty();
        objects.Select(o => o.ToString()).Should().Equal(
            "Namespace jupyter-bob", "PersistentVolumeClaim jupyter-bob/home-bob", "Role jupyter-bob/viewer-role", "RoleBinding jupyter-bob/viewer",
            "Secret jupyter-bob/registry-creds", "Pod jupyter-bob/jupyter-bob");
        yaml.Should().Contain("""
              - kind: User
                name: bob
                apiGroup: rbac.authorization.k8s.io
              """.Replace("    ", "", StringComparison.Ordinal));
        yaml.Should().Contain("type: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: eyJhdXRocyI6e319\n");
        yaml.Should().Contain("    envFrom:\n    - configMapRef:\n        name: settings\n    - secretRef:\n        name: tokens\n");
        yaml.Should().Contain("      value: \"<read by the hub at spawn from config map settings, key mode>\"\n");
        yaml.Should().NotContain("configMapKeyRef");
        yaml.Should().Contain("  - name: tls\n    secret:\n      secretName: tls\n");
        yaml.Should().Contain("  imagePullSecrets:\n  - name: registry-creds\n  - name: made-elsewhere\n");
        yaml.Should().Contain("    backup.example.org/owner: bob\n");
    }

    [Fact]
    public void Without_a_volume_the_hub_skips_role_bindings_secrets_and_init_containers()
    {
        var spec = MinimalSpec() with
        {
            ImagePullSecrets = ValueList.Of(new ImagePullSecretSpec { Name = "registry-creds", Persist = false, Data = "eyJhdXRocyI6e319" }),
            InitContainers = ValueList.Of(new InitContainerSpec
            {
                Name = "init",
                Image = "busybox",
                Command = ValueList.Of("true"),
                VolumeMounts = ValueList<VolumeMountSpec>.Empty,
            }),
        };
        KubernetesRenderer.Render(spec, SpawnTarget.ForUser("jovyan")).Select(o => o.Kind).Should().Equal("Namespace", "Pod");
    }

    [Theory]
    [InlineData("--user", "")]
    [InlineData("--user", " alice")]
    [InlineData("--user", "team/alice")]
    [InlineData("--namespace", "Team_A")]
    [InlineData("--namespace", "a.b")]
    public void Invalid_user_or_namespace_is_a_usage_error(string option, string value) =>
        CliRunner.Run("dump-manifests", "--profile", "coder", option, value).ShouldFailWith(ExitCodes.Usage, option, $"'{value}'");

    [Fact]
    public void A_long_user_name_is_hashed_into_the_names_as_KubeSpawner_does()
    {
        var documents = DumpManifests.Documents(DumpManifests.ValidOutput("--profile", "jupyterlab", "--user", new string('a', 70)));
        var pod = documents.Single(d => (string?)d["kind"] == "Pod");
        ((string?)pod["metadata"]!["name"]).Should().MatchRegex("^jupyter-a{17}--x---[0-9a-f]{8}$");
        ((string?)pod["metadata"]!["namespace"]).Should().MatchRegex("^jupyter-a{37}---[0-9a-f]{8}$");
    }

    [Fact]
    public void Output_and_output_dir_together_is_a_usage_error() =>
        CliRunner.Run("dump-manifests", "--output", "a.yaml", "--output-dir", "b").ShouldFailWith(ExitCodes.Usage, "--output", "--output-dir");

    [Fact]
    public void Output_is_byte_stable_across_runs_and_cultures()
    {
        var first = DumpManifests.ValidOutput();
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            CliRunner.Run("dump-manifests").Out.Should().Be(first);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Output_file_holds_the_same_stream()
    {
        using var folder = new TempFolder();
        var file = folder.File("objects.yaml");
        var result = CliRunner.Run("dump-manifests", "--profile", "coder", "--output", file);
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().BeEmpty();
        File.ReadAllText(file).Should().Be(DumpManifests.ValidOutput("--profile", "coder"));
    }

    [Fact]
    public void Conflicting_duplicates_across_profiles_are_warned_about_and_still_written()
    {
        var result = CliRunner.Run("dump-manifests", "--profile", "coder,jupyterlab", "--groups", "g", "--override", "jupyterlab:workspace_volume_size=99Gi");
        result.ExitCode.Should().Be(0, result.Error);
        var warning = result.ErrorLines.Should().ContainSingle("only the claim differs; the pod is the spawn itself").Which;
        warning.Should().StartWith("warning: jupyterlab: volumes.workspace-claim: ").And.Contain("coder 10Gi").And.Contain("jupyterlab 99Gi");
        DumpManifests.Documents(result.Out).Count(d => (string?)d["metadata"]!["name"] == "workspace-claim").Should().Be(2);
    }

    [Fact]
    public void Identical_duplicates_are_not_warned_about()
    {
        var result = CliRunner.Run("dump-manifests", "--profile", "coder,jupyterlab", "--groups", "g", "--override", "jupyterlab:workspace_volume_size=15Gi",
            "--override", "coder:workspace_volume_size=15Gi");
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
    }

    internal static ProfileSpec MinimalSpec() => new()
    {
        Slug = "tiny",
        DisplayName = "Tiny",
        Description = "A minimal profile",
        Default = false,
        Groups = ValueList.Of("users"),
        Image = "busybox:1.36",
        CpuLimit = 1,
        MemLimit = Memory.Parse("1G"),
    };
}
