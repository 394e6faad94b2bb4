using FluentAssertions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>Site plugins loaded through --profiles-dir and WSCONF_PROFILES_DIR, the example plugin first.</summary>
[Collection(PluginCollection.Name)]
public sealed class PluginLoadingTests(PluginBuilds builds)
{
    private const string Example = "ExampleSiteProfiles";
    private static readonly string[] ExampleSlugs = ["mlflow-coder", "dashboard", "jupyterlab-gpu"];
    private static readonly string[] BuiltinSlugs =
        ["coder", "coder-gpu", "coder-dask-gateway", "remote-desktop", "remote-desktop-qgis", "remote-desktop-panoply", "remote-desktop-snap", "jupyterlab"];

    [Fact]
    public void List_shows_the_example_profiles_after_the_built_ins_with_the_plugin_path_as_origin()
    {
        var folder = ExampleFolder();
        File.WriteAllText(Path.Combine(folder, "NOTES.txt"), "not an assembly, ignored");
        var plugin = Path.Combine(folder, $"{Example}.dll");

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        result.ExitCode.Should().Be(0, result.Error);
        var rows = Rows(result.Out);
        rows.Select(r => r.Slug).Should().Equal([.. BuiltinSlugs, .. ExampleSlugs]);
        rows.Where(r => BuiltinSlugs.Contains(r.Slug)).Should().OnlyContain(r => r.Line.EndsWith(" built-in"));
        rows.Where(r => ExampleSlugs.Contains(r.Slug)).Should().OnlyContain(r => r.Line.EndsWith(" " + plugin));
        rows.Single(r => r.Slug == "jupyterlab-gpu").Line.Should().MatchRegex(@"JupyterLab\s+GPU JupyterLab\s+4-8\s+16G-32G\s+1\s");
    }

    [Fact]
    public void The_option_also_works_after_the_command()
    {
        var result = CliRunner.Run("list", "--profiles-dir", ExampleFolder());

        result.ExitCode.Should().Be(0, result.Error);
        Rows(result.Out).Select(r => r.Slug).Should().Contain(ExampleSlugs);
    }

    [Fact]
    public async Task Dump_config_writes_the_example_profiles_as_valid_Application_Hub_configuration()
    {
        var result = CliRunner.Run("--profiles-dir", ExampleFolder(), "dump-config", "--profile", "mlflow-coder,dashboard,jupyterlab-gpu",
            "--override", "mlflow-coder:mlflow_tracking_uri=https://mlflow.example.org");

        result.ExitCode.Should().Be(0, result.Error);
        var config = Yaml11.Load(result.Out, Yaml11Dialect.PyYaml);
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "apphub-config.schema.json")));
        schema.Validate(config).Should().BeEmpty();

        var profiles = (JArray)config["profiles"]!;
        profiles.Select(p => (string?)p["id"]).Should().Equal("profile_mlflow-coder", "profile_dashboard", "profile_jupyterlab-gpu");
        var mlflow = profiles[0];
        ((string?)mlflow["pod_env_vars"]!["MLFLOW_TRACKING_URI"]).Should().Be("https://mlflow.example.org");
        mlflow["config_maps"]!.Select(c => (string?)c["name"]).Should().Equal("bash-login-mlflow-coder", "bash-rc-mlflow-coder");
        ((string?)mlflow["config_maps"]![1]!["content"]).Should().Contain("MLflow runs are logged to");
        mlflow["manifests"]![0]!["content"]!.Select(o => (string?)o["kind"]).Should().Equal("ConfigMap", "Service");
        var dashboard = profiles[1];
        dashboard["volumes"].Should().BeNull();
        ((string?)dashboard["definition"]!["slug"]).Should().Be("dashboard");
        var gpu = profiles[2];
        ((long?)gpu["definition"]!["kubespawner_override"]!["extra_resource_limits"]!["nvidia.com/gpu"]).Should().Be(1);
        ((string?)gpu["node_selector"]!["nvidia.com/gpu.present"]).Should().Be("true");
    }

    [Fact]
    public void The_example_assets_use_only_the_two_hub_placeholders()
    {
        var result = CliRunner.Run("--profiles-dir", ExampleFolder(), "dump-config", "--profile", "mlflow-coder,dashboard,jupyterlab-gpu");

        result.ExitCode.Should().Be(0, result.Error);
        var withoutPlaceholders = result.Out.Replace("{{ spawner.user.name }}", "").Replace("{{ namespace }}", "");
        withoutPlaceholders.Should().NotContainAny("{{", "}}", "{%", "{#");
    }

    [Fact]
    public void Describe_shows_the_plugin_origin_and_its_own_setting()
    {
        var folder = ExampleFolder();

        var result = CliRunner.Run("--profiles-dir", folder, "describe", "mlflow-coder", "--override", "mlflow-coder:mlflow_tracking_uri=http://tracking:5000");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"origin: {Path.Combine(folder, $"{Example}.dll")}")
            .And.MatchRegex(@"mlflow_tracking_uri\s+http\(s\) URL\s+http://tracking:5000\s+--override")
            .And.Contain("MLFLOW_TRACKING_URI=http://tracking:5000")
            .And.Contain("bash-login-mlflow-coder", "the family's own asset is found in the built-in assembly");
    }

    [Fact]
    public void Without_profiles_dir_the_plugin_slugs_are_unknown()
    {
        var result = CliRunner.Run("dump-config", "--profile", "mlflow-coder");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: unknown profile 'mlflow-coder'");
    }

    [Fact]
    public void The_environment_variable_takes_several_folders_joined_by_the_path_separator()
    {
        var example = ExampleFolder();
        var other = builds.CopyOutput("UsesLibV1", builds.NewFolder("uses-lib"));
        var environment = new Dictionary<string, string> { ["WSCONF_PROFILES_DIR"] = $"{example}{Path.PathSeparator}{other}" };

        var result = CliRunner.Run(environment, "list");

        result.ExitCode.Should().Be(0, result.Error);
        Rows(result.Out).Select(r => r.Slug).Should().Equal([.. BuiltinSlugs, .. ExampleSlugs, "uses-lib-v1"]);
    }

    [Fact]
    public void The_option_wins_over_the_environment_variable()
    {
        var environment = new Dictionary<string, string> { ["WSCONF_PROFILES_DIR"] = Path.Combine(builds.Root, "no-such-folder") };

        var result = CliRunner.Run(environment, "--profiles-dir", ExampleFolder(), "list");

        result.ExitCode.Should().Be(0, result.Error);
        Rows(result.Out).Select(r => r.Slug).Should().Contain(ExampleSlugs);
    }

    [Fact]
    public void The_same_folder_given_twice_loads_once()
    {
        var folder = ExampleFolder();

        var result = CliRunner.Run("--profiles-dir", folder, "--profiles-dir", folder + Path.DirectorySeparatorChar, "--profiles-dir", Path.Combine(folder, "."), "list");

        result.ExitCode.Should().Be(0, result.Error);
        Rows(result.Out).Select(r => r.Slug).Should().Equal([.. BuiltinSlugs, .. ExampleSlugs]);
    }

    [Fact]
    public void Plugins_load_in_ordinal_path_order_whatever_order_they_were_created_in()
    {
        var folder = builds.NewFolder("order");
        // Created out of order; ordinal order puts upper case first: "B-v1" < "a-v2" < "c-example".
        builds.CopyOutput(Example, Path.Combine(folder, "c-example"));
        builds.CopyOutput("UsesLibV2", Path.Combine(folder, "a-v2"));
        builds.CopyOutput("UsesLibV1", Path.Combine(folder, "B-v1"));

        var first = CliRunner.Run("--profiles-dir", folder, "list");
        var second = CliRunner.Run("--profiles-dir", folder, "list");

        first.ExitCode.Should().Be(0, first.Error);
        Rows(first.Out).Select(r => r.Slug).Should().Equal([.. BuiltinSlugs, "uses-lib-v1", "uses-lib-v2", .. ExampleSlugs]);
        second.Out.Should().Be(first.Out);
    }

    [Fact]
    public void Two_plugins_with_different_versions_of_one_library_each_get_their_own()
    {
        var folder = builds.NewFolder("versions");
        builds.CopyOutput("UsesLibV1", Path.Combine(folder, "v1"));
        builds.CopyOutput("UsesLibV2", Path.Combine(folder, "v2"));

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        result.ExitCode.Should().Be(0, result.Error);
        var rows = Rows(result.Out);
        rows.Single(r => r.Slug == "uses-lib-v1").Line.Should().Contain("Uses VersionedLib 1.0.0.0 (v1 API)");
        rows.Single(r => r.Slug == "uses-lib-v2").Line.Should().Contain("Uses VersionedLib 2.0.0.0 (v2 API)");
    }

    [Fact]
    public void Copies_of_the_contract_in_a_plugin_folder_are_ignored_in_favour_of_the_host()
    {
        var folder = ExampleFolder();
        foreach (var contract in new[] { "WorkspaceConfigurator.Contract.dll", "WorkspaceConfigurator.Profiles.dll" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, contract), Path.Combine(folder, contract));
        }

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        result.ExitCode.Should().Be(0, result.Error);
        Rows(result.Out).Select(r => r.Slug).Should().Equal([.. BuiltinSlugs, .. ExampleSlugs]);
    }

    private string ExampleFolder() => builds.CopyOutput(Example, builds.NewFolder("example"));

    // The data rows of `list`: the slug and the whole line.
    private static IReadOnlyList<(string Slug, string Line)> Rows(string table) =>
        table.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => (line.Split(' ')[0], line.TrimEnd())).ToList();
}
