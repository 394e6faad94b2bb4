using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Layers;

/// <summary>
/// A values file that is not valid YAML, gives a key twice, names a key or setting nothing has, or gives a setting a
/// value of the wrong type: one line at the culprit, exit 2, and nothing written (<see cref="RefusedValues"/>).
/// </summary>
public sealed class ValuesFileErrorTests
{
    private const string Coder = "profiles:\n  coder:\n    ";

    // A syntax error is no node of the file, so the line has no path: FILE:LINE:COL: invalid YAML: ...
    [Theory]
    [InlineData("profiles:\n  coder:\n    cpu_limit: a: b\n", 3, 17, "found invalid mapping")]
    [InlineData("profiles:\n  coder:\n    cpu_limit: 1\n   mem_limit: 2Gi\n", 4, 4, "did not find expected key")]
    [InlineData("profiles:\n  coder:\n\tcpu_limit: 2\n", 3, 1, "found invalid tab as indentation")]
    [InlineData("profiles:\n  coder:\n    env: {A: \"x}\n", 3, 14, "While scanning a quoted scalar")]
    [InlineData("profiles:\n  coder:\n    cpu_limit: [1\n", 4, 1, "did not find expected ',' or ']'")] // the file ends inside the list
    public void A_yaml_syntax_error_is_refused_where_the_parser_stopped(string yaml, int line, int column, string problem) =>
        RefusedValues.Of(yaml, ExitCodes.Usage).At(line, column, "", "invalid YAML: ", problem);

    [Theory]
    [InlineData("global: {}\nglobal: {}\n", 2, 1, "global", "duplicate key 'global' (first at line 1)")]
    [InlineData("profiles:\n  coder: {}\n  coder: {}\n", 3, 3, "profiles.coder", "duplicate key 'coder' (first at line 2)")]
    [InlineData("profiles:\n  coder:\n    cpu_limit: 1\n    cpu_limit: 2\n", 4, 5, "profiles.coder.cpu_limit", "duplicate key 'cpu_limit' (first at line 3)")]
    [InlineData("profiles:\n  coder:\n    env:\n      A: x\n      A: y\n", 5, 7, "profiles.coder.env.A", "duplicate key 'A' (first at line 4)")]
    [InlineData("profiles:\n  coder:\n    env: {A: x, B: y, A: z}\n", 3, 23, "profiles.coder.env.A", "duplicate key 'A' (first at line 3)")]
    public void A_key_given_twice_is_refused_at_its_second_place(string yaml, int line, int column, string path, string problem) =>
        RefusedValues.Of(yaml, ExitCodes.Usage).At(line, column, path, problem, "give each key once");

    [Fact]
    public void An_unknown_top_level_key_suggests_the_closest() =>
        RefusedValues.Of("profile:\n  coder: {}\n", ExitCodes.Usage)
            .At(1, 1, "profile", "unknown key 'profile' for a values file; did you mean 'profiles'?", "(valid: global, profiles)");

    [Fact]
    public void An_unknown_setting_suggests_the_closest_and_lists_the_valid_ones() =>
        RefusedValues.Of(Coder + "cpu_limt: 2\n", ExitCodes.Usage)
            .At(3, 5, "profiles.coder.cpu_limt", "unknown field 'cpu_limt' for profile 'coder'; did you mean 'cpu_limit'?", "(valid: display_name, ", "node_selector, extra_resource_limits, home_path, rc_files, ", "idle_timeout, workspace_volume_size, home_claim_name", "named items: config_maps, ");

    [Fact]
    public void A_field_of_other_profiles_is_unknown_for_a_profile_that_lacks_it()
    {
        var refusal = RefusedValues.Of("profiles:\n  jupyterlab:\n    calrissian_volume_size: 10Gi\n", ExitCodes.Usage)
            .At(3, 5, "profiles.jupyterlab.calrissian_volume_size", "unknown field 'calrissian_volume_size' for profile 'jupyterlab'", "(valid: ", "workspace_volume_size");
        refusal.Error[refusal.Error.IndexOf("(valid: ", StringComparison.Ordinal)..].Should().NotContain("calrissian_volume_size");
    }

    [Fact]
    public void A_field_no_profile_has_is_refused_in_global() =>
        RefusedValues.Of("global:\n  groups: [staff]\n  shm_size: 1Gi\n", ExitCodes.Usage)
            .At(3, 3, "global.shm_size", "unknown field 'shm_size' for any profile of the catalogue", "(valid: ", "calrissian_volume_size");

    [Theory]
    [InlineData("extends", "extends: coder")]
    [InlineData("profiles", "profiles: [coder]")]
    [InlineData("abstract", "abstract: true")]
    public void A_profile_key_is_refused_in_global(string key, string entry) =>
        RefusedValues.Of($"global:\n  {entry}\n", ExitCodes.Usage).At(2, 3, $"global.{key}", $"'{key}' belongs to a profile under profiles:");

    [Theory]
    [InlineData("cpu_limit: lots", 16, "cpu_limit", "'lots' is not a number of CPUs (a whole number such as 1, 2 or 4)")]
    [InlineData("cpu_limit: 0.5", 16, "cpu_limit", "'0.5' is a fractional CPU; the Application Hub requires whole CPUs")]
    [InlineData("groups: {a: b}", 13, "groups", "is a mapping; expected ")]
    [InlineData("env: [a]", 10, "env", "is a list; expected a mapping (env: {KEY: VALUE}; null deletes an entry)")]
    [InlineData("mem_limit: [1]", 16, "mem_limit", "is a list; expected memory")]
    [InlineData("default: maybe", 14, "default", "'maybe' is not a boolean (true or false)")]
    [InlineData("cpu_limit: null", 16, "cpu_limit", "cannot be null: cpu_limit always has a value", "leave it out to inherit one")]
    [InlineData("env: {A: [1]}", 14, "env.A", "is a list; expected ")]
    [InlineData("env: {1A: x}", 11, "env.1A", "'1A' is not an environment variable name")]
    [InlineData("node_selector: {pool: [a]}", 27, "node_selector.pool", "is a list; expected ")]
    public void A_setting_of_the_wrong_type_is_refused_at_its_value(string entry, int column, string path, params string[] problem) =>
        RefusedValues.Of(Coder + entry + "\n", ExitCodes.Usage).At(3, column, $"profiles.coder.{path}", problem);

    [Fact]
    public void A_setting_of_the_wrong_type_in_global_is_refused_there() =>
        RefusedValues.Of("global:\n  cpu_limit: lots\n", ExitCodes.Usage).At(2, 14, "global.cpu_limit", "'lots' is not a number of CPUs");

    [Fact]
    public void A_setting_of_the_wrong_type_in_a_mixin_is_refused_even_if_nothing_includes_it() =>
        RefusedValues.Of("profiles:\n  large:\n    abstract: true\n    mem_limit: lots\n", ExitCodes.Usage)
            .At(4, 16, "profiles.large.mem_limit", "'lots' is not an amount of memory");

    [Theory]
    [InlineData("[global, profiles]\n", 1, 1, "", "is a list; a values file is a mapping with global: and profiles:")]
    [InlineData("global: [staff]\n", 1, 9, "global", "is a list; expected a mapping of settings")]
    [InlineData("profiles: [coder]\n", 1, 11, "profiles", "is a list; expected a mapping of profile slugs to their values")]
    [InlineData("profiles:\n  coder: 4\n", 2, 10, "profiles.coder", "is a value; expected a mapping of the profile's settings")]
    public void A_part_of_the_wrong_shape_is_refused_with_the_shape_expected(string yaml, int line, int column, string path, string problem) =>
        RefusedValues.Of(yaml, ExitCodes.Usage).At(line, column, path, problem);
}
