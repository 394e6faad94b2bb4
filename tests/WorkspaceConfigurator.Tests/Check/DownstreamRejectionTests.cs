using System.Text.RegularExpressions;
using FluentAssertions;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Render.AppHub;
using WorkspaceConfigurator.Render.Manifests;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Tests.Check;

/// <summary>
/// validate --strict rejects what the hub's PyYAML or Kubernetes would reject. Each case is rendered without the
/// checks and fed to the oracles (the PyYAML-rules reader with the hub's contract, the strict Kubernetes
/// validator): they reject it, and so must the validator, with one line naming the profile and the field.
/// </summary>
public sealed partial class DownstreamRejectionTests
{
    private static ProfileSpec Coder() => Plans.Builtin("coder").Single().Spec! with { Groups = ValueList.Of("staff") };

    public static TheoryData<string, string> Rejected() => new()
    {
        { "image with a space", "error: coder: image: 'my image:1' is not a valid image reference" },
        { "image with upper case", "error: coder: image: 'Jupyter/Lab' is not a valid image reference" },
        { "init image with a bad tag", "error: coder: init_containers[0].image: 'busybox:-1' is not a valid image reference" },
        { "a resource name with a space", "error: coder: extra_resource_limits.bad res: 'bad res' has no domain" },
        { "a guarantee with a space", "error: coder: extra_resource_guarantees.example.com/bad res: 'example.com/bad res' is not a resource name" },
        { "an annotation key with a space", "error: coder: volumes[0].annotations.bad key: is not an annotation key" },
    };

    private static ProfileSpec Case(string name)
    {
        var coder = Coder();
        return name switch
        {
            "image with a space" => coder with { Image = "my image:1", InitContainers = ValueList<InitContainerSpec>.Empty },
            "image with upper case" => coder with { Image = "Jupyter/Lab", InitContainers = ValueList<InitContainerSpec>.Empty },
            "init image with a bad tag" => coder with { InitContainers = ValueList.Of(coder.InitContainers[0] with { Image = "busybox:-1" }) },
            "a resource name with a space" => coder with { ExtraResourceLimits = ValueMap.Of(("bad res", 1L)) },
            "a guarantee with a space" => coder with
            {
                ExtraResourceLimits = ValueMap.Of(("example.com/bad res", 1L)), ExtraResourceGuarantees = ValueMap.Of(("example.com/bad res", 1L)),
            },
            "an annotation key with a space" => coder with { Volumes = ValueList.Of(coder.Volumes[0] with { Annotations = ValueMap.Of(("bad key", "x")) }) },
            _ => throw new ArgumentException(name),
        };
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void What_downstream_rejects_the_validator_rejects(string name, string line)
    {
        var spec = Case(name);
        Downstream(spec).Should().NotBeEmpty($"the oracles must reject '{name}', or this case proves nothing");
        SpecValidator.Validate([spec]).Where(f => f.Severity == Severity.Error).Select(f => f.ToLine())
            .Should().Contain(l => l.StartsWith(line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cpu", "error: coder: extra_resource_limits.cpu: 'cpu' is a standard resource, not an extended one (set cpu_limit or mem_limit)")]
    [InlineData("memory", "error: coder: extra_resource_limits.memory: 'memory' is a standard resource, not an extended one (set cpu_limit or mem_limit)")]
    [InlineData("hugepages-2Mi", "error: coder: extra_resource_limits.hugepages-2Mi: 'hugepages-2Mi' is a standard resource, not an extended one")]
    public void A_standard_resource_given_as_an_extended_one_is_an_error(string name, string line)
    {
        // Downstream takes it, silently: KubeSpawner merges it into the limits, over the profile's own cpu_limit or mem_limit.
        var spec = Coder() with { ExtraResourceLimits = ValueMap.Of((name, 4L)) };
        SpecValidator.Validate([spec]).Select(f => f.ToLine()).Should().Equal(line + " (an extended resource such as nvidia.com/gpu; CPU and memory are cpu_limit and mem_limit)");
    }

    [Fact]
    public void The_built_ins_pass_both_the_validator_and_the_oracles()
    {
        var spec = Coder();
        SpecValidator.Validate([spec]).Should().BeEmpty();
        Downstream(spec).Should().BeEmpty();
    }

    [Theory]
    [InlineData("coder:image=my image:1", "error: coder: image: 'my image:1' is not a valid image reference: the repository path component 'my image' is not valid")]
    [InlineData("coder:image=registry.example.com/{{ spawner.user.name }}/lab:1", null)]
    [InlineData("coder:image=registry.example.com:5000/team/lab@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", null)]
    public void Images_from_the_command_line(string assignment, string? line)
    {
        var result = CliRunner.Run("validate", "--strict", "--profile", "coder", "--groups", "staff", "--override", assignment);
        if (line is null)
        {
            result.ExitCode.Should().Be(0, result.Out);
        }
        else
        {
            result.ExitCode.Should().Be(1);
            result.Out.Split('\n').Should().Contain(l => l.StartsWith(line, StringComparison.Ordinal), result.Out);
        }
    }

    [Fact]
    public void A_gpu_count_that_overrides_gpu_limit_is_an_error_not_a_silent_override()
    {
        using var folder = new TempFolder();
        var hubFile = folder.File("hub.yaml");
        var result = CliRunner.Run("validate", "--profile", "coder", "--groups", "staff",
            "--override", "coder:gpu_limit=0", "--override", "coder:extra_resource_limits.nvidia.com/gpu=3");
        result.ExitCode.Should().Be(1, result.Out);
        result.Out.Should().StartWith("error: coder: extra_resource_limits.nvidia.com/gpu: 3 conflicts with gpu_limit 0, which it overrides (set the number of GPUs with gpu_limit alone");

        // The same count in both places, or gpu_limit alone, is fine.
        // (A hub whose cluster adds the GPU toleration, so that the GPU warning does not fail --strict.)
        File.WriteAllText(hubFile, "extended_resource_tolerations: true\n");
        CliRunner.Run("validate", "--strict", "--hub", hubFile, "--profile", "coder-gpu", "--groups", "staff", "--override", "coder-gpu:gpu_limit=2").ExitCode.Should().Be(0);
        CliRunner.Run("validate", "--strict", "--hub", hubFile, "--profile", "coder", "--groups", "staff",
            "--override", "coder:gpu_limit=3", "--override", "coder:extra_resource_limits.nvidia.com/gpu=3").ExitCode.Should().Be(0);
        CliRunner.Run("dump-config", "--profile", "coder", "--groups", "staff",
            "--override", "coder:gpu_limit=0", "--override", "coder:extra_resource_limits.nvidia.com/gpu=3").ExitCode.Should().Be(1);
    }

    [Theory]
    [InlineData(1025)]
    [InlineData(5000)]
    public void An_env_name_longer_than_yamls_implicit_key_limit_is_written_so_that_every_reader_reads_it(int length)
    {
        var name = "E" + new string('X', length - 1);
        string[] args = ["--profile", "coder", "--groups", "staff", "--override", $"coder:env.{name}=v"];
        CliRunner.Run(["validate", "--strict", .. args]).ExitCode.Should().Be(0);
        var config = CliRunner.Run(["dump-config", .. args]);
        config.ExitCode.Should().Be(0, config.Error);
        AppHubContract.Validate(config.Out).Should().BeEmpty();
        ((string?)Yaml11.Load(config.Out, Yaml11Dialect.PyYaml)["profiles"]![0]!["pod_env_vars"]![name]).Should().Be("v");
        var manifests = CliRunner.Run(["dump-manifests", .. args]);
        manifests.ExitCode.Should().Be(0, manifests.Error);
        KubernetesValidator.ValidateYaml(manifests.Out).Should().BeEmpty();
    }

    [Fact]
    public void Control_characters_in_a_display_name_are_escaped_in_the_manifest_comment_and_quoted_in_values()
    {
        const string Hostile = "X\u001b[2J\u0007\u0085\u009b\u202eY\uFEFF";
        string[] args = ["--profile", "coder", "--groups", "staff", "--override", $"coder:display_name={Hostile}"];
        CliRunner.Run(["validate", "--strict", .. args]).ExitCode.Should().Be(0);
        var manifests = CliRunner.Run(["dump-manifests", .. args]);
        manifests.ExitCode.Should().Be(0, manifests.Error);
        manifests.Out.Split('\n')[0].Should().Be("# profile: coder (X\\x1b[2J\\x07\\x85\\x9b\\u202eY\\ufeff)");
        NotPyYamlPrintable().IsMatch(manifests.Out).Should().BeFalse("PyYAML refuses these characters anywhere in a stream, comments included");
        KubernetesValidator.ValidateYaml(manifests.Out).Should().BeEmpty();
        var config = CliRunner.Run(["dump-config", .. args]);
        NotPyYamlPrintable().IsMatch(config.Out).Should().BeFalse();
        ((string?)Yaml11.Load(config.Out, Yaml11Dialect.PyYaml)["profiles"]![0]!["definition"]!["display_name"]).Should().Be(Hostile);
    }

    // Problems the oracles find in the hub config and the Kubernetes objects of one spec, rendered unchecked.
    private static List<string> Downstream(ProfileSpec spec)
    {
        var problems = new List<string>(AppHubContract.Validate(YamlWriter.Write(AppHubConfigRenderer.Render([spec]))));
        problems.AddRange(KubernetesValidator.ValidateYaml(ManifestStream.Write(KubernetesRenderer.RenderAll([spec], SpawnTarget.ForUser("jovyan")))));
        return problems;
    }

    // PyYAML's reader.py check_printable: anything else in a stream is an error.
    [GeneratedRegex("[^\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\uD800-\\uDFFF]")]
    private static partial Regex NotPyYamlPrintable();
}
