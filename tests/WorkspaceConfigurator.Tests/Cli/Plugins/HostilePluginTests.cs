using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FluentAssertions;
using WorkspaceConfigurator.Cli;
using WorkspaceConfigurator.Cli.Plugins;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>
/// Plugins that misbehave (Fixtures/HostilePlugins), run in-process: every failure is one line on stderr naming the
/// plugin and the member or hook, with exit 1, and stdout stays empty or valid YAML. What needs a process of its own
/// (exits, hangs, threads) is in <see cref="HostilePluginProcessTests"/>.
/// </summary>
[Collection(PluginCollection.Name)]
public sealed class HostilePluginTests(PluginBuilds builds)
{
    // Console.Out and Console.Error are the process's: runs that redirect them take turns.
    private static readonly object ConsoleGate = new();

    [Fact]
    public void What_a_plugin_prints_is_a_warning_naming_the_plugin_and_the_call_never_stdout()
    {
        var folder = builds.Hostile("print");
        var plugin = Path.Combine(folder, "HostilePlugins.dll");

        var result = RunCapturingConsole("--profiles-dir", folder, "dump-config", "--profile", "hostile-chatty", "--groups", "g");

        result.ExitCode.Should().Be(0, result.Error);
        Yaml11.Load(result.Out, Yaml11Dialect.PyYaml)["profiles"]![0]!["id"]!.ToString().Should().Be("profile_hostile-chatty");
        result.Out.Should().NotContain("registering").And.NotContain("declaring").And.NotContain("env:").And.NotContain("a note");
        result.ErrorLines.Should().Equal(
            $"warning: plugin '{plugin}' (Fixtures.HostilePlugins.Registrar.Register) wrote to the console: registering the hostile profiles",
            $"warning: plugin '{plugin}' (profile 'hostile-chatty', Declare) wrote to the console: declaring settings",
            $"warning: plugin '{plugin}' (profile 'hostile-chatty', hook PodEnvVars) wrote to the console: env: \\x1b[31mred\\x1b[0m",
            $"warning: plugin '{plugin}' (profile 'hostile-chatty', hook PodEnvVars) wrote to standard error: a note on standard error");
    }

    [Fact]
    public void Console_writes_that_no_plugin_makes_go_through()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new PluginConsole(stdout, stderr);

        console.Out.Write("plain ");
        console.Out.WriteLine("text");
        console.Error.WriteLine("a note");

        stdout.ToString().Should().Be("plain text\n");
        stderr.ToString().Should().Be("a note\n");
    }

    [Fact]
    public void Registry_add_after_register_returned_names_the_plugin_and_the_registrar()
    {
        var folder = builds.Hostile("late-add-in-hook");

        var result = CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "hostile-late-add", "--groups", "g");

        ShouldFail(result,
            $"error: profile 'hostile-late-add': plugin '{Path.Combine(folder, "HostilePlugins.dll")}': registry.Add(profile class Fixtures.HostilePlugins.HostileProfile) came after Fixtures.HostilePlugins.Registrar.Register had returned");
    }

    [Fact]
    public void Registry_add_of_null_names_the_plugin()
    {
        var folder = builds.Hostile("add-null");

        ShouldFail(CliRunner.Run("--profiles-dir", folder, "list"),
            $"error: plugin '{Path.Combine(folder, "HostilePlugins.dll")}': registry.Add was given null instead of a profile");
    }

    [Fact]
    public void A_null_slug_names_the_profile_class_and_the_plugin()
    {
        var folder = builds.Hostile("null-slug");

        ShouldFail(CliRunner.Run("--profiles-dir", folder, "list"),
            $"error: profile class Fixtures.HostilePlugins.NullSlug+NoSlug ({Path.Combine(folder, "HostilePlugins.dll")}): Slug is null");
    }

    [Fact]
    public void A_null_display_name_names_the_profile_the_member_and_the_plugin()
    {
        var folder = builds.Hostile("null-display-name");

        ShouldFail(CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "hostile-null-name"),
            $"error: profile 'hostile-null-name' (Fixtures.HostilePlugins.NullDisplayName+NoName, {Path.Combine(folder, "HostilePlugins.dll")}): the default given to display_name is null, which the contract does not allow");
    }

    [Theory]
    [InlineData("null-env-value", "hook PodEnvVars of Fixtures.HostilePlugins.NullHooks+NullEnvValue ({0}) gave a null value for 'SITE_TOKEN'")]
    [InlineData("null-env-name", "hook PodEnvVars of Fixtures.HostilePlugins.NullHooks+NullEnvName ({0}) gave an entry whose name is null")]
    [InlineData("null-volumes", "hook Volumes of Fixtures.HostilePlugins.NullHooks+NullVolumes ({0}) returned null instead of a collection")]
    [InlineData("null-volume-item", "hook Volumes of Fixtures.HostilePlugins.NullHooks+NullVolumeItem ({0}) gave a null item (item 1)")]
    [InlineData("null-volume-name", "hook Volumes of Fixtures.HostilePlugins.NullHooks+NullVolumeName ({0}) gave a VolumeSpec whose Name is null (item 0)")]
    [InlineData("null-node-selector", "hook NodeSelectorDefaults of Fixtures.HostilePlugins.NullHooks+NullNodeSelectorValue ({0}) gave a null value for 'disktype'")]
    public void A_null_from_a_hook_names_the_profile_the_hook_and_the_plugin(string slug, string message)
    {
        var folder = builds.Hostile("null-hooks");

        foreach (var command in new[] { "dump-config", "dump-manifests" })
        {
            ShouldFail(CliRunner.Run("--profiles-dir", folder, command, "--profile", slug, "--groups", "g"),
                $"error: profile '{slug}': {string.Format(message, Path.Combine(folder, "HostilePlugins.dll"))}");
        }
    }

    [Fact]
    public void A_values_file_profile_extending_a_plugin_profile_runs_its_hooks_as_plugin_calls()
    {
        var folder = builds.Hostile("null-hooks");
        var values = Path.Combine(builds.NewFolder("values"), "site.yaml");
        File.WriteAllText(values, "profiles:\n  site-env:\n    extends: null-env-value\n");

        ShouldFail(CliRunner.Run("--profiles-dir", folder, "-f", values, "dump-config", "--profile", "site-env", "--groups", "g"),
            $"error: profile 'site-env': hook PodEnvVars of Fixtures.HostilePlugins.NullHooks+NullEnvValue ({Path.Combine(folder, "HostilePlugins.dll")}) gave a null value for 'SITE_TOKEN'");
    }

    [Fact]
    public void Validate_reports_each_null_from_a_hook_as_a_finding_and_goes_on()
    {
        var folder = builds.Hostile("null-hooks");

        var result = CliRunner.Run("--profiles-dir", folder, "validate", "--groups", "g");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().NotContain("unexpected");
        foreach (var slug in new[] { "null-env-value", "null-env-name", "null-volumes", "null-volume-item", "null-volume-name", "null-node-selector" })
        {
            result.Out.Should().Contain($"error: {slug}: build: hook ");
        }
    }

    [Fact]
    public void A_throwing_static_constructor_names_the_class_and_its_cause()
    {
        var folder = builds.Hostile("static-constructor");

        ShouldFail(CliRunner.Run("--profiles-dir", folder, "list"),
            $"error: profile 'hostile-unlucky' (Fixtures.HostilePlugins.Unlucky, {Path.Combine(folder, "HostilePlugins.dll")}): reading its settings failed: the static constructor of Fixtures.HostilePlugins.Unlucky threw InvalidOperationException: licence server unreachable");
    }

    [Fact]
    public void A_corrupted_image_is_named_with_the_cause()
    {
        var folder = builds.Hostile("quiet");
        var plugin = Path.Combine(folder, "HostilePlugins.dll");
        CorruptPublicKeyOfAReference(plugin);

        ShouldFail(CliRunner.Run("--profiles-dir", folder, "list"), $"error: plugin '{plugin}' cannot be loaded: ");
    }

    [Fact]
    public void A_plugin_reached_twice_through_a_link_to_its_own_folder_loads_once()
    {
        var folder = builds.Hostile("quiet");
        Directory.CreateSymbolicLink(Path.Combine(folder, "self"), ".");

        var result = CliRunner.Run("--profiles-dir", folder, "list");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Split('\n').Where(l => l.StartsWith("hostile-quiet ", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().EndWith(Path.Combine(folder, "HostilePlugins.dll"));
    }

    [Fact]
    public void A_folder_given_again_through_a_link_inside_it_loads_once()
    {
        var folder = builds.Hostile("quiet");
        Directory.CreateSymbolicLink(Path.Combine(folder, "self"), ".");

        var result = CliRunner.Run("--profiles-dir", folder, "--profiles-dir", Path.Combine(folder, "self", "self"), "list");

        result.ExitCode.Should().Be(0, result.Error);
    }

    [Fact]
    public void An_asset_that_is_a_link_out_of_the_plugin_folder_is_refused()
    {
        var folder = builds.Hostile("asset");
        var outside = Path.Combine(builds.NewFolder("outside"), "secret");
        File.WriteAllText(outside, "SECRET-MATERIAL\n");
        var asset = Path.Combine(folder, "config_maps", "hostile-asset", "bash-rc");
        Directory.CreateDirectory(Path.GetDirectoryName(asset)!);
        File.CreateSymbolicLink(asset, outside);

        var result = CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "hostile-asset", "--groups", "g");

        ShouldFail(result, $"error: profile 'hostile-asset': asset 'config_maps/hostile-asset/bash-rc': {asset} leads through a symbolic link to {outside}, outside {folder}");
        result.Error.Should().NotContain("SECRET-MATERIAL");
    }

    [Fact]
    public void An_asset_under_a_linked_folder_out_of_the_plugin_folder_is_refused()
    {
        var folder = builds.Hostile("asset");
        var outside = builds.NewFolder("outside");
        Directory.CreateDirectory(Path.Combine(outside, "hostile-asset"));
        File.WriteAllText(Path.Combine(outside, "hostile-asset", "bash-rc"), "SECRET-MATERIAL\n");
        Directory.CreateSymbolicLink(Path.Combine(folder, "config_maps"), outside);

        var result = CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "hostile-asset", "--groups", "g");

        ShouldFail(result, $"error: profile 'hostile-asset': asset 'config_maps/hostile-asset/bash-rc': ");
        result.Error.Should().Contain($"outside {folder}").And.NotContain("SECRET-MATERIAL");
    }

    [Fact]
    public void An_asset_linked_inside_the_plugin_folder_is_read()
    {
        var folder = builds.Hostile("asset");
        var shared = Path.Combine(folder, "shared", "bash-rc");
        Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
        File.WriteAllText(shared, "echo shared\n");
        var asset = Path.Combine(folder, "config_maps", "hostile-asset", "bash-rc");
        Directory.CreateDirectory(Path.GetDirectoryName(asset)!);
        File.CreateSymbolicLink(asset, Path.Combine("..", "..", "shared", "bash-rc"));

        var result = CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "hostile-asset", "--groups", "g");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("echo shared");
    }

    [Fact]
    public void An_asset_that_is_not_utf8_is_named_with_the_position_of_the_bad_byte()
    {
        var folder = builds.Hostile("asset");
        var asset = Path.Combine(folder, "config_maps", "hostile-asset", "bash-rc");
        Directory.CreateDirectory(Path.GetDirectoryName(asset)!);
        File.WriteAllBytes(asset, [.. "echo ok\necho "u8, 0xFF, 0xFE, .. " bad\n"u8]);

        var result = CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "hostile-asset", "--groups", "g");

        ShouldFail(result, $"error: profile 'hostile-asset': asset 'config_maps/hostile-asset/bash-rc' ({asset}) is not valid UTF-8: byte 0xFF at offset 13 (line 2)");
        result.Error.Should().NotContain("\uFFFD");
    }

    [Fact]
    public void An_embedded_asset_that_is_not_utf8_is_named_and_a_real_replacement_character_passes()
    {
        var folder = builds.Hostile("asset");

        ShouldFail(CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "hostile-embedded-not-utf8", "--groups", "g"),
            "error: profile 'hostile-embedded-not-utf8': asset 'embedded/not-utf8' (embedded in HostilePlugins) is not valid UTF-8: byte 0xFF at offset 5 (line 1)");
        var valid = CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "hostile-embedded-replacement", "--groups", "g");
        valid.ExitCode.Should().Be(0, valid.Error);
        valid.Out.Should().Contain("echo \uFFFD");
    }

    [Fact]
    public void An_asset_with_a_utf8_byte_order_mark_is_read_without_it()
    {
        var folder = builds.Hostile("asset");
        var asset = Path.Combine(folder, "config_maps", "hostile-asset", "bash-rc");
        Directory.CreateDirectory(Path.GetDirectoryName(asset)!);
        File.WriteAllBytes(asset, [0xEF, 0xBB, 0xBF, .. "echo caf\u00e9\n"u8]);

        var result = CliRunner.Run("--profiles-dir", folder, "dump-config", "--profile", "hostile-asset", "--groups", "g");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("echo caf\u00e9").And.NotContain("\uFEFF");
    }

    [Fact]
    public void An_invalid_plugin_time_limit_is_a_usage_error()
    {
        var folder = builds.Hostile("quiet");
        var environment = new Dictionary<string, string> { [PluginWatchdog.LimitVariable] = "ten" };

        CliRunner.Run(environment, "--profiles-dir", folder, "list")
            .ShouldFailWith(2, "WSCONF_PLUGIN_TIMEOUT 'ten' must be a whole number of seconds (0 turns the limit off)");
    }

    [UnreadableFolderFact]
    public void An_unreadable_sub_folder_is_an_error_naming_it()
    {
        var folder = builds.NewFolder("unreadable");
        var site = builds.CopyOutput("HostilePlugins", Path.Combine(folder, "site"));
        File.WriteAllText(Path.Combine(site, "hostile.txt"), "quiet");

        var result = WithoutPermission(site, () => RunWithoutReadOverride("--profiles-dir", folder, "list"));

        ShouldFail(result, $"error: plugin folder '{site}' cannot be read: permission denied");
    }

    [UnreadableFolderFact]
    public void An_unreadable_folder_is_an_error_naming_it()
    {
        var folder = builds.Hostile("quiet");

        var result = WithoutPermission(folder, () => RunWithoutReadOverride("--profiles-dir", folder, "list"));

        ShouldFail(result, $"error: plugin folder '{folder}' cannot be read: permission denied");
    }

    [UnreadableFolderFact]
    public void An_unreadable_plugin_file_is_an_error_naming_it()
    {
        var folder = builds.Hostile("quiet");
        var plugin = Path.Combine(folder, "HostilePlugins.dll");

        var result = WithoutPermission(plugin, () => RunWithoutReadOverride("--profiles-dir", folder, "list"));

        ShouldFail(result, $"error: plugin '{plugin}' cannot be read: permission denied");
    }

    // Root reads whatever the permission bits say; setpriv takes away the capabilities that let it (see UnreadableFolderFact).
    private static CliResult RunWithoutReadOverride(params string[] args) =>
        UnreadableFolderFactAttribute.IsRoot
            ? WsconfProcess.Run(null, args, ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]).AsCliResult()
            : CliRunner.Run(args);

    private static CliResult WithoutPermission(string path, Func<CliResult> run)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("skipped on Windows by UnreadableFolderFact");
        }

        var mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            return run();
        }
        finally
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    // An assembly reference flagged as carrying a full public key while its blob holds an 8-byte token: the
    // metadata reads fine, and the runtime refuses the reference when it resolves it.
    private static void CorruptPublicKeyOfAReference(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int flags;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var metadata = pe.GetMetadataReader();
            var handle = metadata.AssemblyReferences.First(h => metadata.GetString(metadata.GetAssemblyReference(h).Name) == "System.Console");
            var row = pe.PEHeaders.MetadataStartOffset + metadata.GetTableMetadataOffset(TableIndex.AssemblyRef)
                + ((MetadataTokens.GetRowNumber(handle) - 1) * metadata.GetTableRowSize(TableIndex.AssemblyRef));
            flags = row + 8; // after MajorVersion, MinorVersion, BuildNumber and RevisionNumber, two bytes each
        }

        (bytes[flags] & 1).Should().Be(0, "the reference carries a public key token, not a key");
        bytes[flags] |= 1;
        File.WriteAllBytes(path, bytes);
    }

    private static CliResult RunCapturingConsole(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var host = PluginHost.InProcess();
        lock (ConsoleGate)
        {
            var (realOut, realError) = (Console.Out, Console.Error);
            Console.SetOut(new Routed(() => host.Console?.Out ?? realOut));
            Console.SetError(new Routed(() => host.Console?.Error ?? realError));
            try
            {
                var exit = WsconfCli.Run(args, stdout, stderr, _ => null, plugins: host);
                return new CliResult(host.Finish(exit), stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(realOut);
                Console.SetError(realError);
            }
        }
    }

    private static void ShouldFail(CliResult result, string messageStart)
    {
        result.ExitCode.Should().Be(1, result.Error);
        result.Out.Should().BeEmpty();
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith(messageStart);
        result.Error.Should().NotContain("unexpected").And.NotContain("   at ");
    }

    // Console.Out for the length of one run: the run's capture once plugins load, the test runner's before.
    private sealed class Routed(Func<TextWriter> target) : TextWriter
    {
        public override System.Text.Encoding Encoding => target().Encoding;

        public override void Write(char value) => target().Write(value);

        public override void Write(string? value) => target().Write(value);

        public override void Write(char[] buffer, int index, int count) => target().Write(buffer, index, count);

        public override void WriteLine(string? value) => target().WriteLine(value);

        public override void Flush() => target().Flush();
    }
}
