using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Cli.Plugins;

namespace WorkspaceConfigurator.Tests.Check;

/// <summary>
/// A plugin of deliberately broken profiles, one per rule that only code can break: validate names each problem,
/// and the same inputs make dump-config and dump-manifests write nothing.
/// </summary>
[Collection(PluginCollection.Name)]
public sealed class BrokenProfilePluginTests(PluginBuilds builds)
{
    private readonly string folder = builds.CopyOutput("BrokenProfiles", builds.NewFolder("broken"));

    public static TheoryData<string, int, string> Cases() => new()
    {
        { "missing-asset", 1, "error: missing-asset: build: asset 'config_maps/missing-asset/bash-rc' not found" },
        { "escaping-asset", 1, "error: escaping-asset: build: asset path '../../../etc/passwd' must be relative and stay inside" },
        { "throwing-hook", 1, "error: throwing-hook: build: hook Volumes of Fixtures.BrokenProfiles.ThrowingHook (" },
        { "bad-names", 1, "error: bad-names: config_maps[0].name: 'site.settings' is not a valid name (a DNS-1123 label" },
        { "bad-names", 1, "error: bad-names: volumes[0].name: 'Home_Volume' is not a valid name" },
        { "unknown-init-mount", 1, "error: unknown-init-mount: init_containers[0].volume_mounts[0].name: 'scratch' is not a pod volume (one of: workspace-volume)" },
        { "role-without-api-groups", 1, "error: role-without-api-groups: role_bindings[0].role.api_groups: is empty" },
        { "bad-manifests", 1, "error: bad-manifests: manifests[0].content[0].apiVersion: 'example.com/v1' Widget is not a kind the hub can create" },
        { "bad-manifests", 1, "error: bad-manifests: manifests[0].content[1].apiVersion: Release at 'helm.crossplane.io/v1' (the hub creates Release only as helm.crossplane.io/v1beta1)" },
        { "bad-manifests", 1, "error: bad-manifests: manifests[0].content[2]: lacks metadata.name" },
        { "bad-manifests", 1, "error: bad-manifests: manifests[0].content[2].data.run.sh: '{% if user %}' is not supported" },
        { "bad-resources", 1, "error: bad-resources: cpu_guarantee: 3 is above cpu_limit 2 or negative (0 to the limit)" },
        { "bad-resources", 1, "error: bad-resources: extra_resource_limits.example.com/fpga: -1 is negative" },
        { "bad-pull-secret", 1, "error: bad-pull-secret: image_pull_secrets[0].data: is present but not base64" },
        { "extras-without-volume", 1, "error: extras-without-volume: env_from_secrets: ignored by the hub because the profile has no volume: the workspace would start without them (add a volume, or drop them)" },
        { "extras-without-volume", 1, "error: extras-without-volume: secret_mounts: ignored by the hub because the profile has no volume: the workspace would start without them (add a volume, or drop them)" },
        { "env-from-own-config-map", 1, "error: env-from-own-config-map: pod_env_vars.SITE_REGION.from_config_map.name: config map 'site-settings' is created by this profile (config_maps[0]), but the hub reads the value before it creates the profile's config maps, so the spawn fails (404)" },
        { "helm-placeholder", 1, "error: helm-placeholder: definition.description: '{{ .Values.image }}' is not supported" },
        { "required-unset", 1, "error: required-unset: site_token_name: is required and not set (set it in a values file under profiles.required-unset.site_token_name, or with --override required-unset:site_token_name=VALUE)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_names_the_problem(string slug, int exit, string message)
    {
        var result = CliRunner.Run("--profiles-dir", folder, "validate", "--profile", slug, "--groups", "g");
        result.ExitCode.Should().Be(exit, result.Out);
        result.Out.Split('\n').Should().Contain(l => l.StartsWith(message, StringComparison.Ordinal), result.Out);
        result.Out.Should().NotContain("SECRET-MATERIAL");
        if (exit == 0)
        {
            CliRunner.Run("--profiles-dir", folder, "validate", "--strict", "--profile", slug, "--groups", "g").ExitCode.Should().Be(1);
        }
    }

    [Theory]
    [InlineData("missing-asset")]
    [InlineData("escaping-asset")]
    [InlineData("throwing-hook")]
    [InlineData("bad-names")]
    [InlineData("unknown-init-mount")]
    [InlineData("role-without-api-groups")]
    [InlineData("bad-manifests")]
    [InlineData("bad-resources")]
    [InlineData("bad-pull-secret")]
    [InlineData("extras-without-volume")]
    [InlineData("env-from-own-config-map")]
    [InlineData("helm-placeholder")]
    [InlineData("required-unset")]
    public void Dump_config_and_dump_manifests_write_nothing(string slug)
    {
        using var output = new TempFolder();
        foreach (var command in new[] { "dump-config", "dump-manifests" })
        {
            var file = output.File($"{command}.yaml");
            var result = CliRunner.Run("--profiles-dir", folder, command, "--profile", slug, "--groups", "g", "--output", file);
            result.ExitCode.Should().Be(1, $"{command}: {result.Error}");
            result.Out.Should().BeEmpty();
            result.ErrorLines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("error: ", StringComparison.Ordinal) || l.StartsWith("warning: ", StringComparison.Ordinal));
            result.Error.Should().NotContain("   at ").And.NotContain("SECRET-MATERIAL");
        }

        var dir = output.File("manifests");
        CliRunner.Run("--profiles-dir", folder, "dump-manifests", "--profile", slug, "--groups", "g", "--output-dir", dir).ExitCode.Should().Be(1);
        Directory.Exists(dir).Should().BeFalse();
        Directory.GetFileSystemEntries(output.Path).Should().BeEmpty();
    }

    [Fact]
    public void Validate_reports_every_broken_profile_in_one_run()
    {
        var result = CliRunner.Run("--profiles-dir", folder, "validate", "--groups", "g",
            "--profile", "missing-asset,throwing-hook,bad-names,bad-pull-secret,coder");
        result.ExitCode.Should().Be(1);
        result.Out.Should().EndWith("5 profile(s) checked: 5 error(s), 1 warning(s)\n");
    }

    [Fact]
    public void A_required_setting_set_in_a_values_file_or_on_the_command_line_builds()
    {
        using var site = new Support.SiteValues();
        site.Add("""
            profiles:
              required-unset: {site_token_name: runner-token, site_replicas: 4, site_channel: beta}
            """);
        var result = site.Run("--profiles-dir", folder, "dump-config", "--profile", "required-unset", "--groups", "g");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("TOKEN_SECRET: runner-token");
        CliRunner.Run("--profiles-dir", folder, "validate", "--profile", "required-unset", "--groups", "g", "--override", "required-unset:site_token_name=t")
            .ExitCode.Should().Be(0);
        CliRunner.Run("--profiles-dir", folder, "describe", "required-unset").Out.Should().MatchRegex(@"site_token_name\s+text\s+\(not set\)\s+required");
    }

    [Theory]
    [InlineData("required-unset:site_replicas=5", "--override required-unset:site_replicas=5: site_replicas: 5 is out of range (1 to 4)")]
    [InlineData("required-unset:site_replicas=0", "--override required-unset:site_replicas=0: site_replicas: 0 is out of range (1 to 4)")]
    [InlineData("required-unset:site_channel=nightly", "--override required-unset:site_channel=nightly: site_channel: 'nightly' is not allowed (one of: stable, beta)")]
    public void A_value_outside_the_declared_constraints_is_a_usage_error(string assignment, string message) =>
        CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "required-unset", "--groups", "g",
            "--override", "required-unset:site_token_name=t", "--override", assignment).ShouldFailWith(2, message);

    [Fact]
    public void A_constraint_broken_in_a_values_file_names_the_line()
    {
        using var site = new Support.SiteValues();
        site.Add("""
            profiles:
              required-unset:
                site_token_name: t
                site_channel: edge
            """);
        site.Run("--profiles-dir", folder, "validate", "--profile", "required-unset")
            .ShouldFailWith(2, $"{site.Files[0]}:4:19: profiles.required-unset.site_channel: 'edge' is not allowed (one of: stable, beta)");
    }
}
