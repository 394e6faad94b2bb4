using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Cli;

/// <summary>Each kind of bad input: one line on stderr naming the culprit and what is valid, the right exit code.</summary>
public sealed class ErrorTests
{
    [Fact]
    public void Unknown_slug_suggests_the_closest() =>
        CliRunner.Run("dump-config", "--profile", "codr").ShouldFailWith(2, "unknown profile 'codr'", "did you mean 'coder'");

    [Fact]
    public void Unknown_slug_close_to_an_alias_suggests_the_profile() =>
        CliRunner.Run("dump-config", "--profile", "gpu_coder_ap").ShouldFailWith(2, "did you mean 'coder-gpu'");

    [Fact]
    public void Unknown_slug_far_from_everything_points_to_list() =>
        CliRunner.Run("describe", "zzzzzzzz").ShouldFailWith(2, "unknown profile 'zzzzzzzz'", "wsconf list");

    [Theory]
    [InlineData("coder")]
    [InlineData("coder:cpu_limit")]
    [InlineData(":cpu_limit=2")]
    [InlineData("coder:=2")]
    public void Malformed_override_shows_the_expected_form(string value) =>
        CliRunner.Run("dump-config", "--override", value).ShouldFailWith(2, $"--override '{value}' is malformed", "SLUG:FIELD=VALUE");

    [Theory]
    [InlineData("coder-gpu")]
    [InlineData("coder-gpu:disktype")]
    [InlineData("disktype=ssd")]
    public void Malformed_node_selector_shows_the_expected_form(string value) =>
        CliRunner.Run("dump-config", "--node-selector", value).ShouldFailWith(2, $"--node-selector '{value}' is malformed", "SLUG:KEY=VALUE");

    [Fact]
    public void Node_selector_with_an_invalid_label_key_is_refused() =>
        CliRunner.Run("dump-config", "--node-selector", "coder:bad key=1").ShouldFailWith(2, "'bad key' is not a node label key");

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData(" , ")]
    public void Empty_groups_are_refused(string groups) =>
        CliRunner.Run("dump-config", "--groups", groups).ShouldFailWith(2, "groups", "at least one");

    [Fact]
    public void Unknown_override_field_lists_the_valid_fields() =>
        CliRunner.Run("dump-config", "--override", "coder:cpu=2").ShouldFailWith(2, "unknown field 'cpu'", "cpu_limit", "workspace_volume_size", "env.KEY");

    [Fact]
    public void A_field_the_profile_does_not_have_is_unknown_for_that_profile() =>
        CliRunner.Run("dump-config", "--override", "jupyterlab:calrissian_volume_size=1Gi").ShouldFailWith(2, "unknown field 'calrissian_volume_size' for profile 'jupyterlab'");

    [Fact]
    public void Map_field_without_a_key_explains_the_dotted_form() =>
        CliRunner.Run("dump-config", "--override", "coder:env=X").ShouldFailWith(2, "'env' is a map", "env.KEY=VALUE");

    [Fact]
    public void Override_for_an_unregistered_slug_is_an_error() =>
        CliRunner.Run("dump-config", "--override", "coderr:cpu_limit=2").ShouldFailWith(2, "unknown profile 'coderr'", "did you mean 'coder'");

    [Theory]
    [InlineData("cpu_limit=abc", "'abc' is not a number of CPUs")]
    [InlineData("cpu_limit=0.5", "the Application Hub requires whole CPUs")]
    [InlineData("cpu_guarantee=500m", "the Application Hub requires whole CPUs")]
    [InlineData("mem_limit=lots", "is not an amount of memory")]
    [InlineData("mem_limit=100m", "not a positive whole number of bytes")]
    [InlineData("mem_limit=99999999999999999999999999999G", "more memory than any node has")]
    [InlineData("mem_guarantee=2000T", "more memory than any node has")]
    [InlineData("workspace_volume_size=ten", "is not a Kubernetes quantity")]
    [InlineData("default=maybe", "is not a boolean")]
    [InlineData("gpu_limit=-1", "is not a whole number")]
    [InlineData("storage_class_rwo=Fast_Disk", "is not a storage class name")]
    [InlineData("display_name=", "must not be empty")]
    [InlineData("extra_resource_limits.gpu=1", "is not an extended resource name")]
    [InlineData("env.1BAD=x", "is not an environment variable name")]
    public void Bad_values_are_refused_with_what_is_valid(string assignment, string message) =>
        CliRunner.Run("dump-config", "--profile", "coder", "--override", $"coder:{assignment}").ShouldFailWith(2, $"coder:{assignment}", message);

    [Fact]
    public void Bad_global_storage_class_names_the_option() =>
        CliRunner.Run("dump-config", "--storage-class-rwx", "NFS!").ShouldFailWith(2, "--storage-class-rwx NFS!", "storage class name");

    [Fact]
    public void Unknown_option_is_a_usage_error() =>
        CliRunner.Run("dump-config", "--frobnicate").ShouldFailWith(2, "--frobnicate");

    [Fact]
    public void Unknown_command_is_a_usage_error() =>
        CliRunner.Run("dump-everything").ShouldFailWith(2, "dump-everything");

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        var result = CliRunner.Run("dump-config", "--profile", "codr", "--verbose");
        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("error: unknown profile 'codr'").And.Contain("   at ");
    }

    [Fact]
    public void Failed_run_leaves_an_existing_output_file_untouched_and_creates_none()
    {
        using var folder = new TempFolder();
        var existing = folder.File("config.yml");
        File.WriteAllText(existing, "previous\n");
        CliRunner.Run("dump-config", "--profile", "codr", "--output", existing).ShouldFailWith(2);
        File.ReadAllText(existing).Should().Be("previous\n");

        var fresh = folder.File("new.yml");
        CliRunner.Run("dump-config", "--override", "coder:cpu_limit=0.5", "--output", fresh).ShouldFailWith(2);
        File.Exists(fresh).Should().BeFalse();
        Directory.GetFiles(folder.Path).Should().Equal(existing);
    }

    [Fact]
    public void Output_into_a_missing_folder_is_an_error_naming_it()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "missing", "config.yml");
        CliRunner.Run("dump-config", "--output", path).ShouldFailWith(2, "does not exist");
    }
}
