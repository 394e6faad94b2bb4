using FluentAssertions;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Diff;

/// <summary>A config.yml that cannot be compared: one line FILE:LINE:COL: problem on stderr, exit 2, nothing on stdout.</summary>
public sealed class DiffInputErrorTests : IDisposable
{
    private readonly DiffRuns runs = new();

    public void Dispose() => runs.Dispose();

    [Fact]
    public void A_missing_old_file_is_named_at_1_1()
    {
        var missing = runs.File("deployed.yml");

        DiffRuns.Diff(missing).ShouldFailWith(2, $"error: {missing}:1:1: cannot read the file: no such file");
    }

    [Fact]
    public void A_missing_new_file_is_named_at_1_1()
    {
        var old = runs.Dump("old.yml", "dump-config", "--profile", "coder");
        var missing = runs.File("new.yml");

        CliRunner.Run("diff", old, missing).ShouldFailWith(2, $"error: {missing}:1:1: cannot read the file: no such file");
    }

    [Fact]
    public void A_folder_is_not_a_file()
    {
        DiffRuns.Diff(Path.GetTempPath()).ShouldFailWith(2, "cannot read the file: it is a folder");
    }

    [Fact]
    public void Invalid_yaml_is_named_with_its_line_and_column()
    {
        var bad = runs.Write("bad.yml", "profiles:\n- id: profile_coder\n  groups: [staff\n");

        DiffRuns.Diff(bad).ShouldFailWith(2, $"error: {bad}:4:1: invalid YAML");
    }

    [Fact]
    public void An_empty_file_is_not_a_config()
    {
        var empty = runs.Write("empty.yml", "# nothing yet\n");

        DiffRuns.Diff(empty).ShouldFailWith(2, $"error: {empty}:1:1: the file is empty; expected an Application Hub config.yml");
    }

    [Fact]
    public void A_file_without_profiles_is_not_a_config()
    {
        var file = runs.Write("other.yml", "apiVersion: v1\nkind: ConfigMap\n");

        DiffRuns.Diff(file).ShouldFailWith(2, $"error: {file}:1:1: has no profiles: key; expected an Application Hub config.yml");
    }

    [Fact]
    public void A_list_at_the_top_is_not_a_config()
    {
        var file = runs.Write("list.yml", "- a\n- b\n");

        DiffRuns.Diff(file).ShouldFailWith(2, $"error: {file}:1:1: is a list; expected an Application Hub config.yml");
    }

    [Fact]
    public void A_values_file_given_by_mistake_is_named_as_such()
    {
        var site = runs.Write("site.yaml", "global:\n  groups: [staff]\nprofiles:\n  coder:\n    cpu_limit: 4\n");

        DiffRuns.Diff(site).ShouldFailWith(2, $"error: {site}:4:3: profiles: is a mapping; expected a list of profiles (a values file has profiles: as a mapping");
    }

    [Fact]
    public void A_profile_that_is_not_a_mapping_is_named_by_its_index()
    {
        var file = runs.Write("config.yml", "profiles:\n- coder\n");

        DiffRuns.Diff(file).ShouldFailWith(2, $"error: {file}:2:3: profiles[0]: is a value; expected a profile");
    }

    [Fact]
    public void A_profile_without_a_slug_or_id_cannot_be_compared()
    {
        var file = runs.Write("config.yml", "profiles:\n- id: profile_coder\n  definition: {slug: coder}\n- groups: [staff]\n  definition: {display_name: X}\n");

        DiffRuns.Diff(file).ShouldFailWith(2, $"error: {file}:4:3: profiles[1]: has no definition.slug (nor an id)");
    }

    [Fact]
    public void A_slug_given_twice_cannot_be_matched()
    {
        var file = runs.Write("config.yml", "profiles:\n- definition: {slug: coder}\n- definition: {slug: coder}\n");

        DiffRuns.Diff(file).ShouldFailWith(2, $"error: {file}:3:22: profiles[1]: profile 'coder' is given twice (first at line 2)");
    }

    [Fact]
    public void A_named_item_without_a_name_cannot_be_matched()
    {
        var file = runs.Write("config.yml", "profiles:\n- definition: {slug: coder}\n  volumes:\n  - {claim_name: home}\n");

        DiffRuns.Diff(file).ShouldFailWith(2, $"error: {file}:4:5: profiles[0].volumes[0]: has no name; items are matched by name");
    }

    [Fact]
    public void A_name_given_twice_in_a_list_cannot_be_matched()
    {
        var file = runs.Write("config.yml", "profiles:\n- definition: {slug: coder}\n  config_maps:\n  - {name: a}\n  - {name: a}\n");

        DiffRuns.Diff(file).ShouldFailWith(2, $"error: {file}:5:12: profiles[0].config_maps[1].name: 'a' is given twice (first at line 4)");
    }

    [Theory]
    [InlineData("  volumes: {a: 1}\n", "3:12: profiles[0].volumes: is a mapping; expected a list of items with a name")]
    [InlineData("  config_maps: motd\n", "3:16: profiles[0].config_maps: is a value; expected a list of items with a name")]
    [InlineData("  pod_env_vars: [1]\n", "3:17: profiles[0].pod_env_vars: is a list; expected a mapping")]
    [InlineData("  definition: {slug: c, kubespawner_override: [1]}\n", "3:47: profiles[0].definition.kubespawner_override: is a list; expected a mapping")]
    [InlineData("  volumes:\n  - {name: v, volume_mount: /v}\n", "4:29: profiles[0].volumes[0].volume_mount: is a value; expected a mapping")]
    public void A_list_or_mapping_of_the_wrong_kind_is_named_with_its_line_and_column(string rest, string expected)
    {
        var file = runs.Write("config.yml", "profiles:\n- id: coder\n" + rest);

        DiffRuns.Diff(file).ShouldFailWith(2, $"error: {file}:{expected}");
    }

    [Theory]
    [InlineData("volumes", "persist: maybe", "'maybe' is not a boolean; the hub takes true or false")]
    [InlineData("config_maps", "readonly: 2", "'2' is not a boolean")]
    [InlineData("role_bindings", "persist: [true]", "is a list; expected a boolean")]
    public void A_persist_that_is_not_a_boolean_is_refused(string section, string field, string problem)
    {
        var file = runs.Write("config.yml", $"profiles:\n- id: coder\n  {section}:\n  - {{name: a, {field}}}\n");

        DiffRuns.Diff(file).ShouldFailWith(2, $"error: {file}:4:", $"profiles[0].{section}[0].{field.Split(':')[0]}: {problem}");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("False")]
    [InlineData("\"true\"")]
    [InlineData("0")]
    [InlineData("n")]
    [InlineData("null")]
    public void What_the_hub_takes_for_a_boolean_is_accepted(string persist)
    {
        var file = runs.Write("config.yml", $"profiles:\n- id: coder\n  volumes:\n  - {{name: a, persist: {persist}}}\n");

        var result = CliRunner.Run("diff", file, file);

        result.ExitCode.Should().Be(0, result.Error);
    }

    [Fact]
    public void A_file_too_large_is_not_called_a_values_file()
    {
        var big = runs.File("huge.yml");
        using (var stream = new FileStream(big, FileMode.Create))
        {
            stream.SetLength(17L * 1024 * 1024);
        }

        var result = DiffRuns.Diff(big);

        result.ShouldFailWith(2, $"error: {big}:1:1: the file is", "a config.yml may hold");
        result.Error.Should().NotContain("values file");
    }

    [Fact]
    public void Two_documents_are_not_called_a_values_file()
    {
        var file = runs.Write("config.yml", "profiles: []\n---\nprofiles: []\n");

        var result = DiffRuns.Diff(file);

        result.ShouldFailWith(2, $"error: {file}:2:1: a config.yml holds one document");
        result.Error.Should().NotContain("values file");
    }

    [Fact]
    public void A_yaml_tag_is_refused_as_in_values_files()
    {
        var file = runs.Write("config.yml", "profiles: !!python/object/apply:os.system [ls]\n");

        var result = DiffRuns.Diff(file);

        result.ShouldFailWith(2, $"error: {file}:1:11:", "YAML tags are not supported");
    }

    [Fact]
    public void An_empty_old_argument_is_a_usage_error()
    {
        DiffRuns.Diff("").ShouldFailWith(2, "error: OLD.yml needs a file, not an empty value");
    }

    [Fact]
    public void Diff_without_a_file_is_a_usage_error()
    {
        CliRunner.Run("diff").ShouldFailWith(2);
    }
}
