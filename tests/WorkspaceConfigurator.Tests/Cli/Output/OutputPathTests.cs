using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;
using static WorkspaceConfigurator.Tests.Cli.Output.OutputFiles;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>Output paths that name no writable file are one line each, before anything is written.</summary>
public sealed class OutputPathTests
{
    [Fact]
    public void An_empty_output_is_a_usage_error() =>
        Run("-o", "").ShouldFailWith(2, "--output needs a file (or - for stdout), not an empty value");

    [Fact]
    public void An_empty_output_dir_is_a_usage_error() =>
        CliRunner.Run("dump-manifests", "--output-dir", "").ShouldFailWith(2, "--output-dir needs a folder, not an empty value");

    [Fact]
    public void An_empty_hub_names_what_it_takes() =>
        CliRunner.Run("dump-manifests", "--hub", "").ShouldFailWith(2, "--hub needs a file or a preset, not an empty value");

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        using var folder = new TempFolder();
        Run("-o", folder.File("no/such/config.yml")).ShouldFailWith(2, $"folder '{folder.File("no/such")}' does not exist");
    }

    [FactOnLinux]
    public void A_symbolic_link_loop_is_one_line_naming_it()
    {
        using var folder = new TempFolder();
        var loop = folder.File("loop.yml");
        File.CreateSymbolicLink(loop, "other.yml");
        File.CreateSymbolicLink(folder.File("other.yml"), "loop.yml");
        Run("-o", loop).ShouldFailWith(2, $"cannot write '{loop}': a symbolic link in its path loops");
        new FileInfo(loop).LinkTarget.Should().Be("other.yml", "the link is left as it was");
    }

    [FactOnLinux]
    public void A_link_to_a_file_not_yet_there_stays_a_link_and_the_file_is_created()
    {
        using var folder = new TempFolder();
        var link = folder.File("config.yml");
        File.CreateSymbolicLink(link, "real/config.yml");
        Directory.CreateDirectory(folder.File("real"));
        Run("-o", link).ExitCode.Should().Be(0);
        new FileInfo(link).LinkTarget.Should().Be("real/config.yml");
        File.ReadAllText(folder.File("real/config.yml")).Should().Be(Expected);
    }

    [FactOnLinux]
    public void A_link_through_a_linked_folder_replaces_the_file_at_the_end()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("real"));
        Directory.CreateSymbolicLink(folder.File("via"), "real");
        File.WriteAllText(folder.File("real/config.yml"), "old\n");
        SetMode(folder.File("real/config.yml"), "600");
        Run("-o", folder.File("via/config.yml")).ExitCode.Should().Be(0);
        File.ReadAllText(folder.File("real/config.yml")).Should().Be(Expected);
        Mode(folder.File("real/config.yml")).Should().Be("600");
        new DirectoryInfo(folder.File("via")).LinkTarget.Should().Be("real");
    }
}
