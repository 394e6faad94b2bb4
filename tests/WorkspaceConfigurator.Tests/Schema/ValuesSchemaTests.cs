using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Examples;

namespace WorkspaceConfigurator.Tests.Schema;

/// <summary>
/// <c>wsconf schema values</c>: a valid draft 2020-12 schema that accepts the example values file and the documentation's
/// examples, and refuses what wsconf refuses in the shape of a values file (unknown keys, wrong types).
/// </summary>
public sealed class ValuesSchemaTests
{
    private static readonly Lazy<string> Schema = new(() =>
    {
        var result = CliRunner.Run("schema", "values");
        result.ExitCode.Should().Be(0, result.Error);
        return result.Out;
    });

    [Fact]
    public void The_schema_is_a_valid_2020_12_schema_and_is_deterministic()
    {
        ValuesSchemaCheck.MetaErrors(Schema.Value).Should().BeEmpty();
        Schema.Value.Should().Contain("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        CliRunner.Run("schema", "values").Out.Should().Be(Schema.Value);
    }

    [Fact]
    public void The_example_site_values_are_valid()
    {
        var example = File.ReadAllText(ExampleSite.File);
        ValuesSchemaCheck.Errors(Schema.Value, example).Should().BeEmpty();

        // With the example loaded, its own data profiles are described too.
        var withSite = ExampleSite.Run("schema", "values").Out;
        withSite.Should().Contain("\"coder-a100\"");
        ValuesSchemaCheck.Errors(withSite, example).Should().BeEmpty();
    }

    [Theory]
    [InlineData("profiles:\n  coder: {env: null, node_selector: null, extra_resource_limits: null}\n")]
    [InlineData("profiles:\n  coder: {env: {CWLTOOL_OPTIONS: null}, node_selector: {$patch: replace, pool: a}}\n")]
    [InlineData("profiles:\n  coder: {cpu_guarantee: '', mem_guarantee: ''}\n")]
    [InlineData("profiles:\n  coder: {default: yes, config_maps: {motd: {key: m, content: x, readonly: 'yes', default_mode: 420}}}\n")]
    [InlineData("profiles:\n  x: {extends: coder, abstract: 'false'}\n")]
    [InlineData("global:\n  home_path: /home/jovyan\n  rc_files: seed\n  personalize: true\n  idle_timeout: 1h30m\n  image_configure: /coder/configure\n")]
    [InlineData("global:\n  dotfiles_repo: git@github.com:alice/dots.git\n  git_ssh_secret: git-ssh\n  idle_timeout: 0\n")]
    [InlineData("profiles:\n  coder: {dotfiles_repo: 'https://example.org/dots.git', home_claim_name: home, image_configure: ''}\n")]
    public void What_wsconf_accepts_the_schema_accepts(string yaml)
    {
        using var site = new WorkspaceConfigurator.Tests.Support.SiteValues();
        site.Add(yaml);
        site.Run("list").ExitCode.Should().Be(0);
        ValuesSchemaCheck.Errors(Schema.Value, yaml).Should().BeEmpty();
    }

    [Theory]
    [InlineData("profile:\n  coder: {cpu_limit: 2}\n")]
    [InlineData("profiles:\n  coder: {cpu_limt: 2}\n")]
    [InlineData("profiles:\n  coder: {cpu_limit: lots}\n")]
    [InlineData("profiles:\n  coder: {groups: {a: b}}\n")]
    [InlineData("profiles:\n  coder: {config_maps: {motd: {key: m, mount_pat: /x}}}\n")]
    [InlineData("profiles:\n  coder: {volumes: {v: {access_modes: [Sometimes]}}}\n")]
    [InlineData("profiles:\n  coder: {env: {$patch: merge}}\n")]
    [InlineData("profiles:\n  x: {extends: coder, abstract: maybe}\n")]
    [InlineData("profiles:\n  jupyterlab: {extends: coder}\n")]
    [InlineData("global:\n  extends: coder\n")]
    [InlineData("profiles:\n  Bad_Slug: {extends: coder}\n")]
    [InlineData("global:\n  rc_files: copy\n")]
    [InlineData("global:\n  idle_timeout: 90\n")]
    [InlineData("global:\n  idle_timeout: soon\n")]
    [InlineData("global:\n  home_path: workspace\n")]
    [InlineData("global:\n  dotfiles_repo: http://example.org/dots.git\n")]
    [InlineData("global:\n  git_ssh_secret: Git_Key\n")]
    public void A_malformed_values_file_is_refused(string yaml) =>
        ValuesSchemaCheck.Errors(Schema.Value, yaml).Should().NotBeEmpty();

    [Fact]
    public void The_schema_describes_settings_items_and_the_keys_of_new_profiles()
    {
        var schema = Schema.Value;
        schema.Should().Contain("\"setting-cpu_limit\"").And.Contain("CPU limit (whole CPUs)");
        schema.Should().Contain("\"setting-calrissian_volume_size\"");
        schema.Should().Contain("\"items-config_maps\"").And.Contain("\"content_file\"");
        schema.Should().Contain("\"extends\"").And.Contain("\"abstract\"");
    }

    [Fact]
    public void Written_to_a_file_with_output()
    {
        using var folder = new TempFolder();
        var file = folder.File("values.schema.json");
        CliRunner.Run("schema", "values", "-o", file).ExitCode.Should().Be(0);
        File.ReadAllText(file).Should().Be(Schema.Value);
    }

    [Fact]
    public void Only_the_values_schema_exists() =>
        CliRunner.Run("schema", "config").ShouldFailWith(2, "config");
}
