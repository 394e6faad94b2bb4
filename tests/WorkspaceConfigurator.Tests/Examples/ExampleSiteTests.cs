using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Examples;

/// <summary>
/// The example site values file, end to end through the CLI: the profiles it defines are listed with their FILE:LINE,
/// its config.yml is accepted by the Application Hub contract, its manifests pass the strict Kubernetes schema, and
/// list, dump-config, dump-manifests and describe --layers are pinned byte for byte.
/// </summary>
public sealed class ExampleSiteTests
{
    private static readonly string[] DataProfiles = ["coder-a100", "jupyterlab-large", "qgis-training"];

    [Fact]
    public void List_shows_the_data_profiles_with_their_file_and_line_and_leaves_the_mixins_out()
    {
        var result = ExampleSite.Run("list");
        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n');
        lines.Should().Contain(l => l.StartsWith("coder-a100 ", StringComparison.Ordinal) && l.EndsWith("examples/site/site.yaml:30", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("jupyterlab-large ", StringComparison.Ordinal) && l.EndsWith("examples/site/site.yaml:38", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("qgis-training ", StringComparison.Ordinal) && l.EndsWith("examples/site/site.yaml:43", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.StartsWith("gpu-a100", StringComparison.Ordinal) || l.StartsWith("large ", StringComparison.Ordinal));
        Snapshot.Match(result.Out, "example-site.list");
    }

    [Fact]
    public void Validate_passes_and_dump_config_is_accepted_by_the_hub_contract()
    {
        ExampleSite.Run("validate").ExitCode.Should().Be(0);
        var result = ExampleSite.Run("dump-config");
        result.ExitCode.Should().Be(0, result.Error);
        AppHubContract.Validate(result.Out).Should().BeEmpty();
        Snapshot.Match(result.Out, "example-site.dump-config");
    }

    [Theory]
    [InlineData("coder-a100")]
    [InlineData("jupyterlab-large")]
    [InlineData("qgis-training")]
    [InlineData("coder")]
    public void Each_profile_alone_is_accepted_and_its_manifests_pass_the_kubernetes_schema(string slug)
    {
        var config = ExampleSite.Run("dump-config", "--profile", slug);
        config.ExitCode.Should().Be(0, config.Error);
        AppHubContract.Validate(config.Out).Should().BeEmpty();
        var manifests = ExampleSite.Run("dump-manifests", "--profile", slug);
        manifests.ExitCode.Should().Be(0, manifests.Error);
        KubernetesValidator.ValidateYaml(manifests.Out).Should().BeEmpty();
    }

    [Fact]
    public void The_data_profiles_manifests_are_pinned()
    {
        var result = ExampleSite.Run("dump-manifests", "--profile", string.Join(",", DataProfiles), "--user", "alice");
        result.ExitCode.Should().Be(0, result.Error);
        Snapshot.Match(result.Out, "example-site.dump-manifests");
    }

    [Fact]
    public void Describe_layers_shows_winners_shadowed_values_and_deletions_with_their_origins()
    {
        var result = ExampleSite.Run("describe", "coder-a100", "--layers", "--override", "coder-a100:cpu_limit=6");
        result.ExitCode.Should().Be(0, result.Error);
        var text = result.Out;
        text.Should().MatchRegex(@"cpu_limit\n    = 6 +--override coder-a100:cpu_limit=6\n    - 8 +class GpuCodeServer\n    - 1 +default\n");
        text.Should().MatchRegex(@"env.CWLTOOL_OPTIONS\n    x \(deleted\) +examples/site/site.yaml:37\n    - --podman +hooks of GpuCodeServer\n");
        text.Should().MatchRegex(@"gpu_limit\n    = 1 +examples/site/site.yaml:18 \(from gpu-a100\)\n");
        text.Should().MatchRegex(@"storage_class_rwo\n    = gp3 +global \(examples/site/site.yaml:9\)\n    - standard +default\n");
        Snapshot.Match(text, "example-site.describe-coder-a100-layers");
    }

    [Fact]
    public void A_global_layer_reaches_what_the_classes_leave_at_the_default()
    {
        var config = Yaml11.Load(ExampleSite.Run("dump-config", "--profile", "coder,coder-gpu").Out, Yaml11Dialect.PyYaml);
        foreach (var profile in config["profiles"]!)
        {
            ((string?)profile["groups"]![0]).Should().Be("staff");
            profile["volumes"]!.Single(v => (string?)v["name"] == "workspace-volume")["storage_class"]!.ToString().Should().Be("gp3");
        }

        var coder = config["profiles"]!.Single(p => (string?)p["id"] == "profile_coder");
        ((int)coder["definition"]!["kubespawner_override"]!["cpu_limit"]!).Should().Be(4);
        coder["node_selector"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("{\"pool\":\"general\"}");
        var gpu = config["profiles"]!.Single(p => (string?)p["id"] == "profile_coder-gpu");
        ((int)gpu["definition"]!["kubespawner_override"]!["cpu_limit"]!).Should().Be(8, "global: does not reach what a class sets");
    }
}
