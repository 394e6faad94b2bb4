using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>Every way a plugin folder can be wrong ends as one line on stderr that names the culprit, and an exit code.</summary>
[Collection(PluginCollection.Name)]
public sealed class PluginErrorTests(PluginBuilds builds)
{
    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        var missing = Path.Combine(builds.Root, "no-such-folder");

        var result = CliRunner.Run("--profiles-dir", missing, "list");

        ShouldFail(result, 2, $"error: --profiles-dir '{missing}': no such folder");
    }

    [Fact]
    public void A_missing_folder_from_the_environment_names_the_variable()
    {
        var missing = Path.Combine(builds.Root, "no-such-folder");
        var environment = new Dictionary<string, string> { ["WSCONF_PROFILES_DIR"] = missing };

        var result = CliRunner.Run(environment, "list");

        ShouldFail(result, 2, $"error: WSCONF_PROFILES_DIR '{missing}': no such folder");
    }

    [Fact]
    public void A_file_instead_of_a_folder_is_a_usage_error()
    {
        var file = Path.Combine(builds.NewFolder("file"), "plugins.txt");
        File.WriteAllText(file, "");

        var result = CliRunner.Run("--profiles-dir", file, "list");

        ShouldFail(result, 2, $"error: --profiles-dir '{file}' is a file, not a folder");
    }

    [Fact]
    public void A_text_file_named_dll_is_not_a_dotnet_assembly()
    {
        var folder = builds.NewFolder("text");
        var file = Path.Combine(folder, "SiteProfiles.dll");
        File.WriteAllText(file, "these are not the profiles you are looking for\n");

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        ShouldFail(result, 1, $"error: plugin '{file}' is not a .NET assembly (");
    }

    [Fact]
    public void A_netstandard_library_is_built_for_the_wrong_framework()
    {
        var folder = builds.CopyOutput("NetStandardLibrary", builds.NewFolder("netstandard"));

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        ShouldFail(result, 1, $"error: plugin '{Path.Combine(folder, "NetStandardLibrary.dll")}' is built for .NETStandard,Version=v2.0, which this wsconf (.NET {Environment.Version.Major}) cannot load");
    }

    [Fact]
    public void A_plugin_built_against_another_contract_major_is_refused()
    {
        var folder = builds.CopyOutput("ContractNextPlugin", builds.NewFolder("contract"));

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        ShouldFail(result, 1, $"error: plugin '{Path.Combine(folder, "ContractNextPlugin.dll")}' is built against wsconf contract 4.0.0 (WorkspaceConfigurator.Contract 4.0.0.0); this wsconf provides contract 3.0.0");
    }

    [Fact]
    public void A_missing_dependency_is_named()
    {
        var folder = builds.CopyOutput("UsesLibV1", builds.NewFolder("missing"));
        File.Delete(Path.Combine(folder, "VersionedLib.dll"));

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        ShouldFail(result, 1, $"error: plugin '{Path.Combine(folder, "UsesLibV1.dll")}' needs VersionedLib 1.0.0.0, which is neither in its folder nor part of .NET");
    }

    [Fact]
    public void An_assembly_without_an_entry_point_is_refused()
    {
        var folder = builds.CopyOutput("NoEntryPoint", builds.NewFolder("no-entry"));

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        ShouldFail(result, 1, $"error: plugin '{Path.Combine(folder, "NoEntryPoint.dll")}' has no entry point: no public class implements WorkspaceConfigurator.Contract.IProfileRegistrar");
    }

    [Fact]
    public void A_library_without_an_entry_point_is_refused_unless_a_sibling_depends_on_it()
    {
        var alone = builds.NewFolder("alone");
        File.Copy(Path.Combine(builds.OutputOf("VersionedLibV1"), "VersionedLib.dll"), Path.Combine(alone, "VersionedLib.dll"));
        var beside = builds.CopyOutput("UsesLibV1", builds.NewFolder("beside"));

        CliRunner.Run("--profiles-dir", alone, "list").ExitCode.Should().Be(1);
        CliRunner.Run("--profiles-dir", beside, "list").ExitCode.Should().Be(0);
    }

    [Fact]
    public void A_throwing_registrar_is_named_with_its_message()
    {
        var folder = builds.CopyOutput("ThrowingRegistrar", builds.NewFolder("throwing-registrar"));

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        ShouldFail(result, 1, $"error: plugin '{Path.Combine(folder, "ThrowingRegistrar.dll")}': Fixtures.ThrowingRegistrar.Registrar.Register failed: InvalidOperationException: site catalogue is unreachable");
    }

    [Fact]
    public void A_throwing_profile_constructor_names_the_profile_class()
    {
        var folder = builds.CopyOutput("ThrowingConstructor", builds.NewFolder("throwing-constructor"));

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        ShouldFail(result, 1, $"error: plugin '{Path.Combine(folder, "ThrowingConstructor.dll")}': constructing profile class Fixtures.ThrowingConstructor.BrokenProfile failed: InvalidOperationException: licence file missing");
    }

    [Fact]
    public void A_slug_taken_by_a_built_in_names_both_origins()
    {
        var folder = builds.CopyOutput("DuplicateBuiltin", builds.NewFolder("duplicate-builtin"));

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        ShouldFail(result, 1,
            $"error: duplicate profile slug 'coder': Fixtures.DuplicateBuiltin.SiteCoder ({Path.Combine(folder, "DuplicateBuiltin.dll")}) clashes with WorkspaceConfigurator.Profiles.Coder.CodeServer (built-in)");
    }

    [Fact]
    public void A_slug_taken_by_another_plugin_names_both_plugin_paths()
    {
        var folder = builds.NewFolder("duplicate-plugins");
        var first = builds.CopyOutput("ExampleSiteProfiles", Path.Combine(folder, "site-a"));
        var second = builds.CopyOutput("ExampleSiteProfiles", Path.Combine(folder, "site-b"));

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        ShouldFail(result, 1,
            $"error: duplicate profile slug 'mlflow-coder': ExampleSite.Profiles.MlflowCodeServer ({Path.Combine(second, "ExampleSiteProfiles.dll")}) clashes with ExampleSite.Profiles.MlflowCodeServer ({Path.Combine(first, "ExampleSiteProfiles.dll")})");
    }

    [Fact]
    public void Errors_show_a_stack_trace_only_with_verbose()
    {
        var folder = builds.CopyOutput("ThrowingRegistrar", builds.NewFolder("verbose"));

        var result = CliRunner.Run("--profiles-dir", folder, "list", "--verbose");

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Count.Should().BeGreaterThan(1);
        result.Error.Should().Contain("site catalogue is unreachable").And.Contain(" at ");
    }

    private static void ShouldFail(CliResult result, int exitCode, string messageStart)
    {
        result.ExitCode.Should().Be(exitCode, result.Error);
        result.Out.Should().BeEmpty();
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith(messageStart);
    }
}
