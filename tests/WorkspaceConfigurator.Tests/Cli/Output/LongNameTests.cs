using FluentAssertions;
using static WorkspaceConfigurator.Tests.Cli.Output.OutputFiles;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>Names up to the system's 255 bytes work: the temporary beside a target has a short name of its own.</summary>
public sealed class LongNameTests
{
    [Theory]
    [InlineData(218)]
    [InlineData(250)]
    [InlineData(255)]
    public void An_output_file_with_a_long_name_is_created_and_replaced(int bytes)
    {
        using var folder = new TempFolder();
        var path = folder.File(new string('c', bytes - 4) + ".yml");
        Run("-o", path).ExitCode.Should().Be(0);
        Run("-o", path).ExitCode.Should().Be(0);
        File.ReadAllText(path).Should().Be(Expected);
        Hidden(folder.Path).Should().BeEmpty();
    }

    [Theory]
    [InlineData(250)]
    [InlineData(255)]
    public void An_output_dir_with_a_long_name_is_created_and_replaced(int bytes)
    {
        using var folder = new TempFolder();
        var dir = folder.File(new string('d', bytes));
        string[] args = ["dump-manifests", "--profile", "coder", "--groups", "staff", "--output-dir", dir];
        CliRunner.Run(args).ExitCode.Should().Be(0);
        var again = CliRunner.Run(args);
        again.ExitCode.Should().Be(0, again.Error);
        File.Exists(Path.Combine(dir, "coder", "kustomization.yaml")).Should().BeTrue();
        Hidden(folder.Path).Should().BeEmpty();
        Hidden(dir).Should().BeEmpty();
    }
}
