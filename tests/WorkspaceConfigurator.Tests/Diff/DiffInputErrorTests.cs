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
