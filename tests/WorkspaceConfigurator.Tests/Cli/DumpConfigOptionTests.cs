using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Cli;

/// <summary>Every dump-config option, read back from the YAML the hub would read.</summary>
public sealed class DumpConfigOptionTests
{
    private static JArray Profiles(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.Error);
        return (JArray)Yaml11.Load(result.Out, Yaml11Dialect.PyYaml)["profiles"]!;
    }

    private static JToken Profile(CliResult result, string slug) =>
        Profiles(result).Single(p => (string?)p["definition"]!["slug"] == slug);

    [Fact]
    public void Without_profile_every_builtin_is_written_in_registration_order()
    {
        var slugs = Profiles(CliRunner.Run("dump-config")).Select(p => (string?)p["definition"]!["slug"]);
        slugs.Should().Equal("coder", "coder-gpu", "coder-dask-gateway", "remote-desktop", "remote-desktop-qgis",
            "remote-desktop-panoply", "remote-desktop-snap", "jupyterlab");
    }

    [Fact]
    public void Profile_is_repeatable_comma_separated_keeps_order_and_drops_repeats_including_aliases()
    {
        var result = CliRunner.Run("dump-config", "--profile", "jupyterlab,coder", "--profiles", "coder_app", "--profile", "remote_desktop");
        Profiles(result).Select(p => (string?)p["id"]).Should().Equal("profile_jupyterlab", "profile_coder", "profile_remote-desktop");
    }

    [Fact]
    public void Groups_option_applies_to_every_selected_profile()
    {
        var profiles = Profiles(CliRunner.Run("dump-config", "--profile", "coder,jupyterlab", "--groups", "analysts, admins"));
        profiles.Should().AllSatisfy(p => p["groups"]!.Values<string>().Should().Equal("analysts", "admins"));
    }

    [Fact]
    public void Groups_override_for_one_profile_wins_over_the_option()
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder,jupyterlab", "--groups", "all", "--override", "coder:groups=gpu-users,admins");
        Profile(result, "coder")["groups"]!.Values<string>().Should().Equal("gpu-users", "admins");
        Profile(result, "jupyterlab")["groups"]!.Values<string>().Should().Equal("all");
    }

    [Fact]
    public void Node_selector_is_merged_onto_the_profile_selector_not_nested_by_slug_and_the_cli_wins()
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder-gpu",
            "--node-selector", "coder-gpu:disktype=ssd", "--node-selector", "coder-gpu:nvidia.com/gpu.present=false");
        var selector = (JObject)Profile(result, "coder-gpu")["node_selector"]!;
        selector.Properties().Select(p => p.Name).Should().Equal("nvidia.com/gpu.present", "disktype");
        ((string?)selector["nvidia.com/gpu.present"]).Should().Be("false");
        ((string?)selector["disktype"]).Should().Be("ssd");
        selector["coder-gpu"].Should().BeNull();
    }

    [Fact]
    public void Image_option_sets_every_selected_profile_and_a_per_profile_override_wins()
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder,jupyterlab", "--image", "registry.example/ws:1", "--override", "jupyterlab:image=registry.example/lab:2");
        ((string?)Profile(result, "coder")["definition"]!["kubespawner_override"]!["image"]).Should().Be("registry.example/ws:1");
        ((string?)Profile(result, "jupyterlab")["definition"]!["kubespawner_override"]!["image"]).Should().Be("registry.example/lab:2");
        // The init container runs the profile image too.
        ((string?)Profile(result, "coder")["init_containers"]![0]!["image"]).Should().Be("registry.example/ws:1");
    }

    [Fact]
    public void Storage_class_options_reach_every_volume()
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder", "--storage-class-rwo", "fast-rwo", "--storage-class-rwx", "shared-nfs");
        var volumes = Profile(result, "coder")["volumes"]!;
        ((string?)volumes[0]!["storage_class"]).Should().Be("shared-nfs");
        ((string?)volumes[1]!["storage_class"]).Should().Be("fast-rwo");
    }

    [Fact]
    public void Several_overrides_at_once_all_take_effect()
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder",
            "--override", "coder:cpu_limit=3", "--override", "coder:cpu_guarantee=2", "--override", "coder:mem_limit=8Gi",
            "--override", "coder:mem_guarantee=1536Mi", "--override", "coder:display_name=Code: Server",
            "--override", "coder:workspace_volume_size=50Gi", "--override", "coder:default=true");
        var profile = Profile(result, "coder");
        var spawner = profile["definition"]!["kubespawner_override"]!;
        ((int)spawner["cpu_limit"]!).Should().Be(3);
        ((int)spawner["cpu_guarantee"]!).Should().Be(2);
        ((string?)spawner["mem_limit"]).Should().Be("8G");
        ((string?)spawner["mem_guarantee"]).Should().Be("1536M");
        ((string?)profile["definition"]!["display_name"]).Should().Be("Code: Server");
        ((bool)profile["definition"]!["default"]!).Should().BeTrue();
        ((string?)profile["volumes"]![1]!["size"]).Should().Be("50Gi");
    }

    [Theory]
    [InlineData("display_name", "My IDE", "definition.display_name", "My IDE")]
    [InlineData("description", "yes", "definition.description", "yes")]
    [InlineData("image", "example.org/img:0755", "definition.kubespawner_override.image", "example.org/img:0755")]
    [InlineData("cpu_limit", "6", "definition.kubespawner_override.cpu_limit", "6")]
    [InlineData("cpu_guarantee", "2000m", "definition.kubespawner_override.cpu_guarantee", "2")]
    [InlineData("mem_limit", "12G", "definition.kubespawner_override.mem_limit", "12G")]
    [InlineData("mem_guarantee", "512Mi", "definition.kubespawner_override.mem_guarantee", "512M")]
    [InlineData("default_url", "/lab", "default_url", "/lab")]
    [InlineData("default", "true", "definition.default", "True")]
    [InlineData("groups", "a,b", "groups[1]", "b")]
    [InlineData("workspace_volume_size", "30Gi", "volumes[1].size", "30Gi")]
    [InlineData("calrissian_volume_size", "1Ti", "volumes[0].size", "1Ti")]
    [InlineData("storage_class_rwo", "gold", "volumes[1].storage_class", "gold")]
    [InlineData("storage_class_rwx", "nfs", "volumes[0].storage_class", "nfs")]
    [InlineData("gpu_limit", "2", "definition.kubespawner_override.extra_resource_limits['nvidia.com/gpu']", "2")]
    [InlineData("env.MY_VAR", "on", "pod_env_vars.MY_VAR", "on")]
    [InlineData("node_selector.zone", "eu-1", "node_selector.zone", "eu-1")]
    [InlineData("extra_resource_limits.amd.com/gpu", "1", "definition.kubespawner_override.extra_resource_limits['amd.com/gpu']", "1")]
    public void Every_field_can_be_overridden_and_shows_in_the_output(string field, string value, string path, string expected)
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder", "--override", $"coder:{field}={value}");
        var token = Profile(result, "coder").SelectToken(path);
        token.Should().NotBeNull(result.Out);
        token!.ToString().Should().Be(expected);
    }

    [Fact]
    public void Gpu_limit_zero_removes_the_gpu_and_its_node_selector()
    {
        var profile = Profile(CliRunner.Run("dump-config", "--profile", "coder-gpu", "--override", "coder-gpu:gpu_limit=0"), "coder-gpu");
        profile["definition"]!["kubespawner_override"]!["extra_resource_limits"].Should().BeNull();
        ((JObject)profile["node_selector"]!).Should().BeEmpty();
    }

    [Fact]
    public void Override_for_a_registered_but_unselected_profile_warns_and_is_ignored()
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder", "--groups", "g", "--override", "jupyterlab:cpu_limit=9");
        result.ExitCode.Should().Be(0);
        result.Error.Should().Be("warning: --override jupyterlab:cpu_limit=9: profile 'jupyterlab' is not selected; ignored\n");
    }

    [Fact]
    public void Output_is_identical_on_every_run_and_in_every_culture()
    {
        var first = CliRunner.Run("dump-config").Out;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            CliRunner.Run("dump-config").Out.Should().Be(first);
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            CliRunner.Run("dump-config").Out.Should().Be(first);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        first.Should().NotContain("\r");
    }
}
