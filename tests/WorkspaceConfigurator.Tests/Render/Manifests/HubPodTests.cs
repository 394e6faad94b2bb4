using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>
/// The preview's pod against the pod the hub builds: config.yml (dump-config) run through
/// <see cref="KubeSpawnerPodRules"/>, for every built-in under both presets; and the hub settings at work.
/// </summary>
public sealed class HubPodTests
{
    public static TheoryData<string, string> SlugsAndPresets()
    {
        var data = new TheoryData<string, string>();
        foreach (var slug in Profiles.BuiltinCatalogTests.AllSlugs)
        {
            data.Add(slug, "kubespawner");
            data.Add(slug, "eoepca");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SlugsAndPresets))]
    public void The_pod_is_the_one_KubeSpawner_builds_from_config_yml(string slug, string preset) =>
        AssertPodMatches(slug, preset, "alice", "jupyter-alice", []);

    [Theory]
    [InlineData("coder", "kubespawner")]
    [InlineData("remote-desktop", "kubespawner")]
    [InlineData("coder-gpu", "eoepca")]
    public void Any_jupyterhub_user_name_is_escaped_as_KubeSpawner_does(string slug, string preset)
    {
        const string user = "Bob.Smith@example.org";
        var hub = HubFacts.Of(preset);

        // The EOEPCA hub's own namespace for this user is invalid; a namespace given on the command line is not.
        var @namespace = preset == "eoepca" ? "jupyter-bob" : hub.Namespace(user);
        AssertPodMatches(slug, preset, user, @namespace, preset == "eoepca" ? ["--namespace", @namespace] : []);
    }

    [Fact]
    public void With_eoepca_the_pod_has_the_fields_hub_spawn_records()
    {
        var pod = Pod(DumpManifests.ValidOutput("--hub", "eoepca", "--user", "alice", "--namespace", "jupyter-alice", "--profile", "coder", "--groups", "staff"));
        ((string?)pod["metadata"]!["name"]).Should().Be("jupyter-alice--dev");
        var container = pod["spec"]!["containers"]![0]!;
        JToken.DeepEquals(container["securityContext"], JObject.Parse("""{"runAsUser": 1001, "privileged": true, "allowPrivilegeEscalation": true}""")).Should().BeTrue();
        JToken.DeepEquals(pod["spec"]!["securityContext"], JObject.Parse("""{"fsGroup": 100}""")).Should().BeTrue();
        ((string?)pod["spec"]!["serviceAccountName"]).Should().Be("default");
        ((string?)pod["spec"]!["restartPolicy"]).Should().Be("OnFailure");
        pod["spec"]!["imagePullSecrets"]!.Select(s => (string?)s["name"]).Should().Equal("cr-config");
        pod["spec"]!["tolerations"].Should().BeNull();
        container["volumeMounts"]!.Should().OnlyContain(m => m["readOnly"] == null, "the hub ignores config_maps[].readonly");

        var names = container["env"]!.Select(e => (string)e["name"]!).ToList();
        names.Should().BeInAscendingOrder(StringComparer.Ordinal);
        names.Should().Contain([
            "HOME", "JUPYTER_ENABLE_LAB", "CALRISSIAN_POD_NAME", "CPU_LIMIT", "CPU_GUARANTEE", "MEM_LIMIT", "MEM_GUARANTEE", "JUPYTER_IMAGE",
            "JUPYTER_IMAGE_SPEC", "JUPYTERHUB_API_TOKEN", "JPY_API_TOKEN", "JUPYTERHUB_CLIENT_ID", "JUPYTERHUB_ACTIVITY_URL", "JUPYTERHUB_API_URL",
            "JUPYTERHUB_BASE_URL", "JUPYTERHUB_COOKIE_HOST_PREFIX_ENABLED", "JUPYTERHUB_HOST", "JUPYTERHUB_OAUTH_ACCESS_SCOPES",
            "JUPYTERHUB_OAUTH_CALLBACK_URL", "JUPYTERHUB_OAUTH_CLIENT_ALLOWED_SCOPES", "JUPYTERHUB_OAUTH_SCOPES", "JUPYTERHUB_PUBLIC_HUB_URL",
            "JUPYTERHUB_PUBLIC_URL", "JUPYTERHUB_SERVER_NAME", "JUPYTERHUB_SERVICE_URL", "JUPYTERHUB_USER"]);
        string? Env(string name) => (string?)container["env"]!.Single(e => (string?)e["name"] == name)["value"];
        Env("CALRISSIAN_POD_NAME").Should().Be("jupyter-alice-dev");
        Env("MEM_LIMIT").Should().Be("6442450944");
        Env("CPU_LIMIT").Should().Be("2.0");
        Env("JUPYTERHUB_API_TOKEN").Should().Be("<set by the hub at spawn>");
    }

    [Fact]
    public void The_users_namespace_comes_first_with_the_hubs_labels()
    {
        var documents = DumpManifests.Documents(DumpManifests.ValidOutput("--hub", "eoepca", "--user", "alice", "--profile", "jupyterlab", "--groups", "staff"));
        JToken.DeepEquals(documents[0], JObject.Parse("""{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "jupyter-alice", "labels": {"eso": "enabled"}}}""")).Should().BeTrue();
        documents.Skip(1).Should().OnlyContain(d => (string?)d["metadata"]!["namespace"] == "jupyter-alice");
    }

    [Fact]
    public void Default_url_becomes_JUPYTERHUB_DEFAULT_URL()
    {
        var pod = Pod(DumpManifests.ValidOutput("--profile", "remote-desktop", "--groups", "staff"));
        pod["spec"]!["containers"]![0]!["env"]!.Should().ContainSingle(e => (string?)e["name"] == "JUPYTERHUB_DEFAULT_URL")
            .Which["value"]!.ToString().Should().Be("/desktop");
    }

    [Fact]
    public void An_eoepca_namespace_that_is_not_a_valid_name_fails_as_the_spawn_does_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var file = folder.File("out.yaml");
        var result = CliRunner.Run("dump-manifests", "--hub", "eoepca", "--user", "Bob.Smith@example.org", "--groups", "staff", "-o", file);
        result.ExitCode.Should().Be(ExitCodes.Invalid);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: namespace 'jupyter-Bob.Smith@example.org' is not a valid namespace name");
        Directory.GetFileSystemEntries(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void Every_builtin_spawns_for_an_email_user_name_with_kubespawners_defaults()
    {
        var result = CliRunner.Run("dump-manifests", "--user", "Bob.Smith@example.org", "--groups", "staff");
        result.ExitCode.Should().Be(0, result.Error);

        // The Dask Gateway profile names its Helm release after the raw user name, as the hub renders it: the one
        // object the API server would refuse for this user, and the one warning.
        KubernetesValidator.ValidateYaml(result.Out).Should().Equal(
            "document 32 (Release dask-gw-jupyter-Bob.Smith@example.org): metadata.name 'dask-gw-jupyter-Bob.Smith@example.org' is not a DNS-1123 subdomain");
        result.ErrorLines.Where(l => l.Contains("not a valid object name", StringComparison.Ordinal)).Should().ContainSingle().Which.Should().StartWith(
            "warning: coder-dask-gateway: Release dask-gw-jupyter-Bob.Smith@example.org: 'dask-gw-jupyter-Bob.Smith@example.org' is not a valid object name for user 'Bob.Smith@example.org'");
        var documents = DumpManifests.Documents(result.Out);
        documents.Where(d => (string?)d["kind"] == "Pod").Should().HaveCount(Profiles.BuiltinCatalogTests.AllSlugs.Length)
            .And.OnlyContain(p => (string?)p["metadata"]!["name"] == "jupyter-bob-smith-example-org---da50e6af"
                                  && (string?)p["metadata"]!["namespace"] == "jupyter-bob-smith-example-org---da50e6af");
    }

    [Fact]
    public void WSCONF_HUB_names_the_hub_settings_and_the_option_wins()
    {
        var environment = new Dictionary<string, string> { ["WSCONF_HUB"] = "eoepca" };
        var fromEnv = CliRunner.Run(environment, "dump-manifests", "--profile", "jupyterlab", "--groups", "staff");
        fromEnv.ExitCode.Should().Be(0, fromEnv.Error);
        ((string?)Pod(fromEnv.Out)["metadata"]!["name"]).Should().Be("jupyter-jovyan--dev");

        var option = CliRunner.Run(environment, "dump-manifests", "--hub", "kubespawner", "--profile", "jupyterlab", "--groups", "staff");
        ((string?)Pod(option.Out)["metadata"]!["name"]).Should().Be("jupyter-jovyan");
    }

    [Fact]
    public void Gpu_pods_get_the_admission_plugins_toleration_only_when_the_hub_says_the_cluster_adds_it()
    {
        using var folder = new TempFolder();
        var hub = folder.File("hub.yaml");
        File.WriteAllText(hub, "preset: eoepca\nextended_resource_tolerations: true\n");

        var pod = Pod(DumpManifests.ValidOutput("--hub", hub, "--profile", "coder-gpu", "--groups", "staff"));
        JToken.DeepEquals(pod["spec"]!["tolerations"], JArray.Parse("""[{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]""")).Should().BeTrue();
        Pod(DumpManifests.ValidOutput("--hub", "eoepca", "--profile", "coder-gpu", "--groups", "staff"))["spec"]!["tolerations"].Should().BeNull();

        var warned = CliRunner.Run("validate", "--hub", "eoepca", "--profile", "coder-gpu", "--groups", "staff");
        warned.Out.Should().Contain("warning: coder-gpu: extra_resource_limits.nvidia.com/gpu: GPU nodes tainted nvidia.com/gpu will not accept this pod")
            .And.Contain("the hub settings (eoepca) say the cluster adds none");
        CliRunner.Run("validate", "--strict", "--hub", hub, "--profile", "coder-gpu", "--groups", "staff").Out.Should().NotContain("tainted");
        CliRunner.Run("validate", "--hub", "eoepca", "--profile", "coder", "--groups", "staff").Out.Should().NotContain("tainted");

        CliRunner.Run("describe", "coder-gpu", "--hub", hub).Out.Should().Contain("Tolerations (added by the cluster's ExtendedResourceToleration admission plugin").And.Contain("nvidia.com/gpu Exists NoSchedule");
        var plain = CliRunner.Run("describe", "coder-gpu");
        plain.Out.Should().Contain("Tolerations: none (config.yml cannot carry them, and the hub settings (kubespawner) say the cluster adds none for nvidia.com/gpu)");
        plain.Error.Should().Contain("GPU nodes tainted nvidia.com/gpu will not accept this pod");
    }

    [Fact]
    public void Hub_environment_values_are_kubespawner_templates()
    {
        using var folder = new TempFolder();
        var hub = folder.File("hub.yaml");
        File.WriteAllText(hub, "environment:\n  OWNER: \"{unescaped_username}@{namespace}\"\n  POD: \"{pod_name}\"\n  JUPYTER_IMAGE: \"pinned\"\n");
        var env = Pod(DumpManifests.ValidOutput("--hub", hub, "--user", "Bob", "--profile", "jupyterlab", "--groups", "staff"))["spec"]!["containers"]![0]!["env"]!;
        string? Value(string name) => (string?)env.Single(e => (string?)e["name"] == name)["value"];
        Value("OWNER").Should().Be("Bob@jupyter-bob---cd9fb1e1");
        Value("POD").Should().Be("jupyter-bob---cd9fb1e1");
        Value("JUPYTER_IMAGE").Should().Be("pinned", "the spawner's environment wins over KubeSpawner's own variables");
    }

    private static void AssertPodMatches(string slug, string preset, string user, string @namespace, string[] extra)
    {
        var config = CliRunner.Run("dump-config", "--profile", slug, "--groups", "staff");
        config.ExitCode.Should().Be(0, config.Error);
        var profile = (JObject)Yaml11.Load(config.Out, Yaml11Dialect.PyYaml)["profiles"]![0]!;
        var expected = KubeSpawnerPodRules.Pod(profile, user, @namespace, HubFacts.Of(preset));

        var actual = Pod(DumpManifests.ValidOutput(["--hub", preset, "--user", user, "--profile", slug, "--groups", "staff", .. extra]));
        JToken.DeepEquals(actual, expected).Should().BeTrue($"the pods differ:\nwsconf:\n{actual}\nKubeSpawner's rules:\n{expected}");
    }

    internal static JObject Pod(string yaml) => DumpManifests.Documents(yaml).Single(d => (string?)d["kind"] == "Pod");
}
