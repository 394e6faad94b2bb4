using FluentAssertions;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.HubFiles;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Layers.HubFiles;

/// <summary>Hub files and presets: what they set, and one line (exit 2, nothing written) for a bad one.</summary>
public sealed class HubSettingsFileTests
{
    [Fact]
    public void The_kubespawner_preset_states_kubespawners_defaults() =>
        (HubPresets.Load(HubPresets.KubeSpawner) with { Source = "" }).Should().Be(HubSettings.Defaults with { Source = "" });

    [Fact]
    public void The_eoepca_preset_states_the_application_hubs_configuration()
    {
        var hub = HubPresets.Load(HubPresets.Eoepca);
        hub.Uid.Should().Be(1001);
        hub.FsGid.Should().Be(100);
        hub.Privileged.Should().BeTrue();
        hub.AllowPrivilegeEscalation.Should().BeTrue();
        hub.ServiceAccount.Should().Be("default");
        hub.ImagePullSecrets.Should().Equal("cr-config");
        hub.NamespaceLabels.Should().Equal([new KeyValuePair<string, string>("eso", "enabled")]);
        hub.Environment.Select(e => e.Key).Should().Equal("JUPYTER_ENABLE_LAB", "CALRISSIAN_POD_NAME");
        hub.ExtendedResourceTolerations.Should().BeFalse();
        hub.Source.Should().Be("eoepca");
    }

    [Fact]
    public void A_file_starts_from_kubespawners_defaults_or_from_the_preset_it_names()
    {
        using var folder = new TempFolder();
        var plain = folder.File("plain.yaml");
        File.WriteAllText(plain, "uid: 1000\n");
        var fromPreset = folder.File("site.yaml");
        File.WriteAllText(fromPreset, "environment_name: Prod\npreset: eoepca\nimage_pull_secrets: [site-registry]\n");

        HubSettingsReader.ReadFile(plain, plain).Should().Be(HubSettings.Defaults with { Uid = 1000, Source = plain });
        var site = HubSettingsReader.ReadFile(fromPreset, fromPreset);
        site.Privileged.Should().BeTrue();
        site.ImagePullSecrets.Should().Equal("site-registry");
        SpawnUser.PodName("alice", site).Should().Be("jupyter-alice--prod", "the hub lower-cases its environment name");
    }

    [Theory]
    [InlineData("uid: 1000\nprivilegd: true\n", "2:1: privilegd: unknown key 'privilegd' for hub settings; did you mean 'privileged'?")]
    [InlineData("slug_scheme: fancy\n", "1:14: slug_scheme: 'fancy' is not a slug scheme (safe, KubeSpawner 7's default, or escape")]
    [InlineData("uid: -1\n", "1:6: uid: '-1' is not a user or group id")]
    [InlineData("privileged: maybe\n", "1:13: privileged: ")]
    [InlineData("pod_name_template: \"jupyter-{user}\"\n", "1:20: pod_name_template: 'jupyter-{user}' names '{user}', which is not a template field (valid: {unescaped_username}")]
    [InlineData("namespace:\n  labels: {eso: \"not ok\"}\n", "2:17: namespace.labels.eso: 'not ok' is not a label value")]
    [InlineData("environment:\n  1X: a\n", "2:3: environment.1X: '1X' is not an environment variable name")]
    [InlineData("preset: eopca\n", "1:9: preset: 'eopca' is not a hub preset (valid: kubespawner, eoepca)")]
    [InlineData("jupyterhub:\n  base_url: hub\n", "2:13: jupyterhub.base_url: 'hub' is not a base URL")]
    [InlineData("- uid\n", "1:1: is a list; a hub file is a mapping of hub settings")]
    public void A_bad_hub_file_is_one_line_naming_file_line_column_and_path(string text, string message)
    {
        using var folder = new TempFolder();
        var hub = folder.File("hub.yaml");
        File.WriteAllText(hub, text);
        var output = folder.File("out.yaml");

        var result = CliRunner.Run("dump-manifests", "--hub", hub, "--profile", "coder", "-o", output);

        result.ExitCode.Should().Be(ExitCodes.Usage);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"error: {hub}:{message}");
        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("describe")]
    [InlineData("dump-manifests")]
    public void An_unknown_preset_or_missing_file_is_a_usage_error(string command)
    {
        string[] args = command == "describe" ? ["describe", "coder"] : [command];
        CliRunner.Run([.. args, "--hub", "eopca"]).ShouldFailWith(ExitCodes.Usage, "--hub: 'eopca' is neither a hub preset nor a file; did you mean 'eoepca'?");
        CliRunner.Run([.. args, "--hub", "/no/such/hub.yaml"]).ShouldFailWith(ExitCodes.Usage, "/no/such/hub.yaml:1:1: cannot read the file: no such file");
    }
}
