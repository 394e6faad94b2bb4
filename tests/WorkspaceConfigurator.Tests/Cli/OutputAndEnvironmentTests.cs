using FluentAssertions;
using Newtonsoft.Json.Linq;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Cli;

public sealed class OutputAndEnvironmentTests
{
    [Fact]
    public void Output_writes_the_same_bytes_as_stdout_and_replaces_an_existing_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("config.yml");
        File.WriteAllText(path, "old");
        CliRunner.Run("dump-config", "--output", path).ExitCode.Should().Be(0);
        File.ReadAllText(path).Should().Be(CliRunner.Run("dump-config").Out);
        Directory.GetFiles(folder.Path).Should().Equal(path); // no temporary file left behind
    }

    [Fact]
    public void Wsconf_environment_variables_set_defaults()
    {
        using var folder = new TempFolder();
        var env = new Dictionary<string, string>
        {
            ["WSCONF_PROFILES"] = "coder,jupyterlab",
            ["WSCONF_GROUPS"] = "staff",
            ["WSCONF_OUTPUT"] = folder.File("out.yml"),
            ["WSCONF_STORAGE_CLASS_RWO"] = "rwo-class",
            ["WSCONF_STORAGE_CLASS_RWX"] = "rwx-class",
        };
        CliRunner.Run(env, "dump-config").Out.Should().BeEmpty();
        var profiles = (JArray)Yaml11.Load(File.ReadAllText(env["WSCONF_OUTPUT"]), Yaml11Dialect.PyYaml)["profiles"]!;
        profiles.Select(p => (string?)p["id"]).Should().Equal("profile_coder", "profile_jupyterlab");
        profiles.Should().AllSatisfy(p => p["groups"]!.Values<string>().Should().Equal("staff"));
        profiles[0]["volumes"]!.Select(v => (string?)v["storage_class"]).Should().Equal("rwx-class", "rwo-class");
    }

    [Fact]
    public void Reference_environment_variables_work_when_ours_are_unset()
    {
        using var folder = new TempFolder();
        var env = new Dictionary<string, string>
        {
            ["ENABLED_PROFILES"] = "remote_desktop",
            ["OUTPUT_FILE"] = folder.File("ref.yml"),
            ["STORAGE_CLASS_RWO"] = "ref-rwo",
        };
        CliRunner.Run(env, "dump-config").ExitCode.Should().Be(0);
        var profiles = (JArray)Yaml11.Load(File.ReadAllText(env["OUTPUT_FILE"]), Yaml11Dialect.PyYaml)["profiles"]!;
        ((string?)profiles.Single()["id"]).Should().Be("profile_remote-desktop");
        ((string?)profiles.Single()["volumes"]![0]!["storage_class"]).Should().Be("ref-rwo");
    }

    [Fact]
    public void Precedence_is_option_then_wsconf_then_reference_names()
    {
        var env = new Dictionary<string, string>
        {
            ["WSCONF_PROFILES"] = "jupyterlab",
            ["ENABLED_PROFILES"] = "coder",
            ["WSCONF_STORAGE_CLASS_RWO"] = "ours",
            ["STORAGE_CLASS_RWO"] = "theirs",
        };
        var fromEnv = (JArray)Yaml11.Load(CliRunner.Run(env, "dump-config").Out, Yaml11Dialect.PyYaml)["profiles"]!;
        ((string?)fromEnv.Single()["id"]).Should().Be("profile_jupyterlab");
        ((string?)fromEnv.Single()["volumes"]![0]!["storage_class"]).Should().Be("ours");

        var fromOptions = (JArray)Yaml11.Load(CliRunner.Run(env, "dump-config", "--profile", "remote-desktop", "--storage-class-rwo", "opt").Out, Yaml11Dialect.PyYaml)["profiles"]!;
        ((string?)fromOptions.Single()["id"]).Should().Be("profile_remote-desktop");
        ((string?)fromOptions.Single()["volumes"]![0]!["storage_class"]).Should().Be("opt");
    }

    [Fact]
    public void Empty_environment_profile_list_is_an_error() =>
        CliRunner.Run(new Dictionary<string, string> { ["WSCONF_PROFILES"] = " , " }, "dump-config").ShouldFailWith(2, "WSCONF_PROFILES names no profile");
}
