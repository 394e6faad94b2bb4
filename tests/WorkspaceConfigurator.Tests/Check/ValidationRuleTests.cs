using FluentAssertions;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Check;

/// <summary>One broken spec per rule: each yields its one-line message, naming the profile and the field.</summary>
public sealed class ValidationRuleTests
{
    private static ProfileSpec Coder(string slug = "coder")
    {
        var registry = new ProfileRegistry();
        registry.RegisterBuiltIn(BuiltinProfiles.Registrars());
        var spec = Plans.Builtin(slug).Single().Spec!;
        return spec with { Groups = ValueList.Of("staff") };
    }

    private static IReadOnlyList<string> Lines(params ProfileSpec[] specs) => SpecValidator.Validate(specs).Select(f => f.ToLine()).ToList();

    private static void ShouldReport(ProfileSpec spec, string expected) => Lines(spec).Should().ContainSingle().Which.Should().Be(expected);

    private static YamlMapping Object(string apiVersion, string kind, string? name)
    {
        var metadata = new YamlMappingBuilder();
        if (name is not null)
        {
            metadata.Add("name", name);
        }

        return new YamlMappingBuilder().Add("apiVersion", apiVersion).Add("kind", kind).Add("metadata", metadata.Build()).Build();
    }

    [Fact]
    public void Every_builtin_passes_without_findings_when_it_has_groups()
    {
        foreach (var slug in Profiles.BuiltinCatalogTests.AllSlugs)
        {
            Lines(Coder(slug)).Should().BeEmpty(slug);
        }
    }

    [Fact]
    public void Cpu_guarantee_above_limit() =>
        ShouldReport(Coder() with { CpuGuarantee = 3 }, "error: coder: cpu_guarantee: 3 is above cpu_limit 2 or negative (0 to the limit)");

    [Fact]
    public void Memory_guarantee_above_limit() =>
        ShouldReport(Coder() with { MemGuarantee = Memory.GiB(7) }, "error: coder: mem_guarantee: 7G is above mem_limit 6G (at most the limit)");

    [Fact]
    public void Negative_extended_resource() =>
        ShouldReport(Coder() with { ExtraResourceLimits = ValueMap.Of(("nvidia.com/gpu", -1L)) }, "error: coder: extra_resource_limits.nvidia.com/gpu: -1 is negative (a whole number, 0 or more)");

    [Fact]
    public void Extended_guarantee_must_equal_its_limit() =>
        Lines(Coder() with { ExtraResourceLimits = ValueMap.Of(("nvidia.com/gpu", 2L)), ExtraResourceGuarantees = ValueMap.Of(("nvidia.com/gpu", 1L)) })
            .Should().ContainSingle().Which.Should().Contain("extra_resource_guarantees.nvidia.com/gpu: 1 differs from the limit 2");

    [Fact]
    public void Config_map_name_must_be_a_dns_label()
    {
        var spec = Coder();
        var maps = spec.ConfigMaps.Select((c, i) => i == 1 ? c with { Name = "bash.rc" } : c).ToValueList();
        Lines(spec with { ConfigMaps = maps }).Should().Contain(l => l.StartsWith("error: coder: config_maps[1].name: 'bash.rc' is not a valid name (a DNS-1123 label", StringComparison.Ordinal));
    }

    [Fact]
    public void Volume_and_claim_names_must_be_dns_labels_after_rendering_placeholders()
    {
        var spec = Coder();
        var volumes = ValueList.Of(
            spec.Volumes[0] with { ClaimName = "claim-{{ spawner.user.name }}" },
            spec.Volumes[1] with { Name = "Workspace_Volume" });
        var lines = Lines(spec with { Volumes = volumes, InitContainers = ValueList<InitContainerSpec>.Empty });
        lines.Should().ContainSingle(l => l.Contains("volumes[1].name: 'Workspace_Volume' is not a valid name", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains("claim_name", StringComparison.Ordinal));
    }

    [Fact]
    public void Role_and_binding_names_must_be_dns_labels()
    {
        var spec = Coder();
        var bindings = spec.RoleBindings.Select((r, i) => i == 0 ? r with { Role = r.Role with { Name = "Log_Reader" } } : r).ToValueList();
        ShouldReport(spec with { RoleBindings = bindings }, "error: coder: role_bindings[0].role.name: 'Log_Reader' is not a valid name (a DNS-1123 label: lower-case letters, digits and '-', at most 63, e.g. workspace-volume)");
    }

    [Fact]
    public void Pod_volume_names_are_unique()
    {
        var spec = Coder();
        var clash = spec.ConfigMaps[0] with { Name = "workspace-volume" };
        Lines(spec with { ConfigMaps = spec.ConfigMaps.Skip(1).Prepend(clash).ToValueList() })
            .Should().Contain("error: coder: config_maps[0].name: pod volume 'workspace-volume' is also declared by volumes[1].name (unique pod volume names per profile)");
    }

    [Fact]
    public void Init_container_mounts_name_a_pod_volume()
    {
        var spec = Coder();
        var container = spec.InitContainers[0] with { VolumeMounts = spec.InitContainers[0].VolumeMounts.Append(new VolumeMountSpec { Name = "scratch", MountPath = "/scratch" }).ToValueList() };
        Lines(spec with { InitContainers = ValueList.Of(container) }).Should().ContainSingle()
            .Which.Should().StartWith("error: coder: init_containers[0].volume_mounts[3].name: 'scratch' is not a pod volume (one of: bash-login-coder, bash-rc-coder, calrissian-volume, init-coder, workspace-volume)");
    }

    [Fact]
    public void Role_binding_needs_api_groups()
    {
        var spec = Coder();
        var bindings = spec.RoleBindings.Select((r, i) => i == 2 ? r with { Role = r.Role with { ApiGroups = ValueList<string>.Empty } } : r).ToValueList();
        ShouldReport(spec with { RoleBindings = bindings }, "error: coder: role_bindings[2].role.api_groups: is empty ([\"\"] for the core API group, or e.g. [\"batch\"])");
    }

    [Fact]
    public void Unknown_verbs_and_subject_kinds_are_refused()
    {
        var spec = Coder();
        var bindings = spec.RoleBindings.Select((r, i) => i == 0 ? r with { Subjects = ValueList.Of(new SubjectSpec { Name = "x", Kind = (SubjectKind)7 }) } : r).ToValueList();
        Lines(spec with { RoleBindings = bindings }).Should().ContainSingle().Which.Should().Contain("role_bindings[0]: has an unknown verb or subject kind");
    }

    [Fact]
    public void Unsupported_placeholder_anywhere()
    {
        ShouldReport(Coder() with { Description = "Helm {{ .Values.x }}" },
            "error: coder: definition.description: '{{ .Values.x }}' is not supported (only {{ spawner.user.name }} and {{ namespace }} are rendered)");
    }

    [Fact]
    public void Unclosed_placeholder() =>
        Lines(Coder() with { Image = "img:{{ namespace" }).Should().ContainSingle().Which.Should().Contain("definition.kubespawner_override.image: '{{ namespace' is not closed with '}}'");

    [Fact]
    public void Statement_syntax_in_a_string_with_a_placeholder() =>
        Lines(Coder() with { DisplayName = "{{ namespace }} {% if x %}" }).Should().ContainSingle().Which.Should().Contain("definition.display_name: '{% if x %}' is not supported");

    [Fact]
    public void Braces_in_env_values()
    {
        var spec = Coder();
        ShouldReport(spec with { Env = spec.Env.Set("PROMPT", "${USER}") },
            "error: coder: pod_env_vars.PROMPT: contains '{' or '}', which KubeSpawner's str.format fails on (no braces besides {{ spawner.user.name }} and {{ namespace }})");
    }

    [Fact]
    public void Placeholders_in_env_values_are_fine()
    {
        var spec = Coder();
        Lines(spec with { Env = spec.Env.Set("NS", "{{namespace}}").Set("USER_HOME", "/home/{{ spawner.user.name }}") }).Should().BeEmpty();
    }

    [Fact]
    public void Manifest_strings_may_hold_no_template_statement_even_without_a_placeholder()
    {
        var spec = Coder("coder-dask-gateway");
        var manifest = spec.Manifests[0];
        var script = new YamlMappingBuilder().Add("apiVersion", "v1").Add("kind", "ConfigMap")
            .Add("metadata", new YamlMappingBuilder().Add("name", "scripts").Build())
            .Add("data", new YamlMappingBuilder().Add("run.sh", "echo ${#ARGS[@]}\n").Build()).Build();
        Lines(spec with { Manifests = ValueList.Of(manifest with { Content = manifest.Content.Append(script).ToValueList() }) })
            .Should().ContainSingle().Which.Should().StartWith("error: coder-dask-gateway: manifests[0].content[5].data.run.sh: '{#ARGS[@]}");
    }

    [Fact]
    public void A_script_without_a_placeholder_may_hold_a_bash_length_expansion()
    {
        var spec = Coder();
        var maps = spec.ConfigMaps.Select((c, i) => i == 1 ? c with { Content = c.Content + "echo ${#HOME}\n" } : c).ToValueList();
        Lines(spec with { ConfigMaps = maps }).Should().BeEmpty();
    }

    [Fact]
    public void Manifest_needs_a_key_and_content()
    {
        var lines = Lines(Coder() with { Manifests = ValueList.Of(new ManifestSpec { Name = "extra", Key = "", Content = ValueList<YamlNode>.Empty, Persist = false }) });
        lines.Should().Equal(
            "error: coder: manifests[0].key: is missing (a key naming the manifest, e.g. dask-gateway)",
            "error: coder: manifests[0].content: is empty (a list of Kubernetes objects)");
    }

    [Fact]
    public void Manifest_objects_need_api_version_kind_and_name()
    {
        var content = ValueList.Of<YamlNode>(YamlNode.Str("kind: Pod"), Object("v1", "ConfigMap", null));
        Lines(Coder() with { Manifests = ValueList.Of(new ManifestSpec { Name = "extra", Key = "extra", Content = content, Persist = false }) }).Should().Equal(
            "error: coder: manifests[0].content[0]: is not a mapping (a Kubernetes object with apiVersion, kind and metadata.name)",
            "error: coder: manifests[0].content[1]: lacks metadata.name (a Kubernetes object with apiVersion, kind and metadata.name)");
    }

    [Fact]
    public void Custom_kinds_only_at_their_fixed_api_versions()
    {
        var content = ValueList.Of<YamlNode>(Object("helm.crossplane.io/v1", "Release", "r"), Object("example.com/v1", "Widget", "w"), Object("external-secrets.io/v1beta1", "ExternalSecret", "s"),
            Object("v1", "Release", "r2"), Object("v1", "Deployment", "d"), Object("apps/v1", "Deployment", "ok"), Object("v1", "Service", "svc"));
        var lines = Lines(Coder() with { Manifests = ValueList.Of(new ManifestSpec { Name = "extra", Key = "extra", Content = content, Persist = false }) });
        lines.Should().HaveCount(4);
        lines[2].Should().Be("error: coder: manifests[0].content[3].apiVersion: Release at 'v1' (the hub creates Release only as helm.crossplane.io/v1beta1)");
        lines[3].Should().StartWith("error: coder: manifests[0].content[4].apiVersion: 'v1' Deployment is not a kind the hub can create");
        lines[0].Should().Be("error: coder: manifests[0].content[0].apiVersion: Release at 'helm.crossplane.io/v1' (the hub creates Release only as helm.crossplane.io/v1beta1)");
        lines[1].Should().StartWith("error: coder: manifests[0].content[1].apiVersion: 'example.com/v1' Widget is not a kind the hub can create");
    }

    [Fact]
    public void Parts_ignored_without_volumes_are_errors()
    {
        var spec = Coder() with { Volumes = ValueList<VolumeSpec>.Empty, InitContainers = ValueList<InitContainerSpec>.Empty, EnvFromSecrets = ValueList.Of("creds") };
        Lines(spec).Should().Equal(
            "error: coder: role_bindings: ignored by the hub because the profile has no volume: the workspace would start without them (add a volume, or drop them)",
            "error: coder: env_from_secrets: ignored by the hub because the profile has no volume: the workspace would start without them (add a volume, or drop them)");
    }

    [Fact]
    public void Pull_secret_data_that_is_not_base64_is_reported_without_showing_it()
    {
        var line = Lines(Coder() with { ImagePullSecrets = ValueList.Of(new ImagePullSecretSpec { Name = "regcred", Persist = false, Data = "s3cr3t!value" }) }).Single();
        line.Should().Be("error: coder: image_pull_secrets[0].data: is present but not base64 (the base64 of a .dockerconfigjson)");
        line.Should().NotContain("s3cr3t");
    }

    [Fact]
    public void At_most_one_default_profile() =>
        Lines(Coder() with { Default = true }, Coder("coder-gpu") with { Default = true, Volumes = ValueList<VolumeSpec>.Empty, RoleBindings = ValueList<RoleBindingSpec>.Empty, InitContainers = ValueList<InitContainerSpec>.Empty })
            .Should().Equal("error: coder-gpu: default: is true, and so is 'coder' (at most one default profile)");

    [Fact]
    public void Unique_slugs() =>
        Lines(Coder(), Coder()).Should().ContainSingle().Which.Should().Be("error: coder: slug: is used by more than one profile (unique slugs (and so unique ids))");

    [Fact]
    public void One_claim_declared_differently_by_two_profiles_is_a_warning()
    {
        var line = Lines(Coder(), Coder("jupyterlab")).Single();
        line.Should().StartWith("warning: jupyterlab: volumes.workspace-claim: claim 'workspace-claim' is declared with a different size by several profiles: coder 10Gi standard ReadWriteOnce, jupyterlab 20Gi standard ReadWriteOnce");
        var lab = Coder("jupyterlab");
        Lines(Coder(), lab with { Volumes = ValueList.Of(lab.Volumes[0] with { Size = Quantity.Parse("10Gi"), StorageClass = "gold" }) })
            .Single().Should().Contain("with a different storage class by several profiles");
    }

    [Fact]
    public void Empty_groups_are_a_warning() =>
        ShouldReport(Coder() with { Groups = ValueList<string>.Empty },
            "warning: coder: groups: is empty, so no user sees the profile (give it at least one JupyterHub group, e.g. groups=staff)");

    [Fact]
    public void Findings_are_single_lines_even_when_values_hold_line_breaks() =>
        Lines(Coder() with { Description = "a\n{{ bad }}\r\n" }).Single().Should().NotContain("\n").And.NotContain("\r");
}
