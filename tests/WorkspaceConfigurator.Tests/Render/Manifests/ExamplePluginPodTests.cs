using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Cli.Plugins;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>The example plugin's pods against KubeSpawner's rules, under both presets.</summary>
[Collection(PluginCollection.Name)]
public sealed class ExamplePluginPodTests(PluginBuilds builds)
{
    [Theory]
    [InlineData("kubespawner")]
    [InlineData("eoepca")]
    public void Each_example_profiles_pod_is_the_one_KubeSpawner_builds_from_config_yml(string preset)
    {
        var plugins = builds.CopyOutput("ExampleSiteProfiles", builds.NewFolder("hub-pods"));
        foreach (var slug in new[] { "mlflow-coder", "dashboard", "jupyterlab-gpu" })
        {
            string[] selection = ["--profile", slug, "--groups", "staff", "--override", "mlflow-coder:mlflow_tracking_uri=https://mlflow.example.org"];
            var config = CliRunner.Run(["--profiles-dir", plugins, "dump-config", .. selection]);
            config.ExitCode.Should().Be(0, config.Error);
            var profile = (JObject)Yaml11.Load(config.Out, Yaml11Dialect.PyYaml)["profiles"]![0]!;
            var expected = KubeSpawnerPodRules.Pod(profile, "alice", "jupyter-alice", HubFacts.Of(preset));

            var manifests = CliRunner.Run(["--profiles-dir", plugins, "dump-manifests", "--hub", preset, "--user", "alice", .. selection]);
            manifests.ExitCode.Should().Be(0, manifests.Error);
            KubernetesValidator.ValidateYaml(manifests.Out).Should().BeEmpty();
            var actual = HubPodTests.Pod(manifests.Out);
            JToken.DeepEquals(actual, expected).Should().BeTrue($"{slug}: the pods differ:\nwsconf:\n{actual}\nKubeSpawner's rules:\n{expected}");
        }
    }
}
