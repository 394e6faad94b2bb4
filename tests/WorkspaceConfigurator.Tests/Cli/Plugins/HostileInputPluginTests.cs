using System.Diagnostics;
using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>
/// A plugin whose manifests and resources are hostile (fixture HostileInputs): tagged assets, an alias bomb, a
/// manifest 100,000 deep and one of 2^60 nodes built in code, a null node, standard resources from a hook. Each
/// ends in one line naming the profile and the culprit (the asset and line, or the manifest), exit 1, nothing
/// written; before, tags were dropped, the bomb ran for minutes and the deep manifest overflowed the stack.
/// </summary>
[Collection(PluginCollection.Name)]
public sealed class HostileInputPluginTests(PluginBuilds builds)
{
    private readonly string folder = builds.CopyOutput("HostileInputs", builds.NewFolder("hostile"));

    public static TheoryData<string, string> Builds() => new()
    {
        { "tagged-asset", "profile 'tagged-asset': manifest asset manifests/tagged.yaml:6:8: data.run: YAML tags are not supported ('!!python/object/apply:os.system'); write plain values" },
        { "binary-asset", "profile 'binary-asset': manifest asset manifests/binary.yaml:6:9: data.blob: YAML tags are not supported ('!!binary'); write plain values" },
        { "int-tag-asset", "profile 'int-tag-asset': manifest asset manifests/int-tag.yaml:6:13: spec.replicas: YAML tags are not supported ('!!int'); write plain values" },
        { "alias-bomb-asset", "profile 'alias-bomb-asset': manifest asset manifests/alias-bomb.yaml:*: aliases expand to more than 1000000 nodes (an alias bomb?); write the values out" },
        { "deep-hook-manifest", "profile 'deep-hook-manifest': manifest 'deep' (key 'deep'): content[0].data.nested.nested.*: nested deeper than 100 levels (mappings and lists may nest 100 deep)" },
        { "shared-node-manifest", "profile 'shared-node-manifest': manifest 'wide' (key 'wide'): content[0].data*: the manifest holds more than 1000000 nodes (a node used twice counts twice); split it or use an asset" },
        { "null-node-manifest", "profile 'null-node-manifest': manifest 'nulls' (key 'nulls'): content[0].data: is null (write YamlNode.Null for a YAML null)" },
    };

    [Theory]
    [MemberData(nameof(Builds))]
    public void Every_command_ends_in_one_line_naming_the_profile_and_the_culprit(string slug, string message)
    {
        using var output = new TempFolder();
        foreach (var command in new[] { "dump-config", "dump-manifests" })
        {
            var file = output.File($"{command}.yaml");
            var clock = Stopwatch.StartNew();
            var result = CliRunner.Run("--profiles-dir", folder, command, "--profile", slug, "--groups", "g", "-o", file);
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "bounded input is refused early");
            result.ExitCode.Should().Be(1, result.Error);
            result.Out.Should().BeEmpty();
            result.ErrorLines.Should().ContainSingle().Which.Should().Match($"error: {message}");
            File.Exists(file).Should().BeFalse();
        }

        var validate = CliRunner.Run("--profiles-dir", folder, "validate", "--profile", slug, "--groups", "g");
        validate.ExitCode.Should().Be(1);
        var reason = message[(message.IndexOf("': ", StringComparison.Ordinal) + 3)..];
        var prefix = $"error: {slug}: build: ";
        var pattern = new WildcardLine(prefix + reason + " (a profile whose hooks and assets build)");
        validate.Out.Split('\n').Where(pattern.Matches).Should().ContainSingle(validate.Out);
    }

    [Fact]
    public void Standard_and_invalid_resource_names_from_a_hook_are_findings()
    {
        var result = CliRunner.Run("--profiles-dir", folder, "validate", "--profile", "standard-resources", "--groups", "g");
        result.ExitCode.Should().Be(1, result.Out);
        var lines = result.Out.Split('\n');
        lines.Should().Contain(l => l.StartsWith("error: standard-resources: extra_resource_limits.cpu: 'cpu' is a standard resource", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("error: standard-resources: extra_resource_limits.memory: 'memory' is a standard resource", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("error: standard-resources: extra_resource_limits.bad res: 'bad res' has no domain", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("error: standard-resources: extra_resource_limits.hugepages-2Mi: 'hugepages-2Mi' is a standard resource", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.StartsWith("error:", StringComparison.Ordinal) && l.Contains("example.com/fpga", StringComparison.Ordinal));

        // A valid extended resource is fine, but without the cluster's toleration tainted nodes refuse the pod.
        lines.Should().Contain(l => l.StartsWith("warning: standard-resources: extra_resource_limits.example.com/fpga: Nodes tainted example.com/fpga will not accept this pod", StringComparison.Ordinal));
        lines.Should().Contain("1 profile(s) checked: 4 error(s), 1 warning(s)");
    }

    [Fact]
    public void The_list_stays_one_line_per_profile_when_the_plugin_path_holds_a_line_break_or_an_escape()
    {
        var odd = builds.CopyOutput("HostileInputs", builds.NewFolder("line\nbreak\u001b[2J"));
        var result = CliRunner.Run("--profiles-dir", odd, "list");
        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        var builtins = CliRunner.Run("list").Out.TrimEnd('\n').Split('\n').Length;
        lines.Should().HaveCount(builtins + 8, "one header, one line per profile");
        lines.Should().Contain(l => l.StartsWith("tagged-asset ", StringComparison.Ordinal) && l.Contains("line\\nbreak\\x1b[2J", StringComparison.Ordinal));
        result.Out.Should().NotContain("\u001b");
    }

    /// <summary>FluentAssertions' wildcard matching (<c>*</c>) for a line inside a predicate.</summary>
    private sealed class WildcardLine(string pattern)
    {
        public bool Matches(string line) => System.Text.RegularExpressions.Regex.IsMatch(line,
            "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$");
    }
}
