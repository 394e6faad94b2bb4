using FluentAssertions;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>A failing run leaves an existing output file untouched and creates no new file.</summary>
public sealed class NothingLostTests
{
    [Fact]
    public void A_failure_halfway_through_writing_keeps_the_old_file_and_leaves_no_temporary()
    {
        using var folder = new TempFolder();
        var path = folder.File("config.yml");
        File.WriteAllText(path, "previous\n");
        var how = new FileWriting(new WorkspaceConfigurator.Cli.Hosting.TempFiles(), Force: false, _ => { });
        var act = () => AtomicFile.Write(path, writer =>
        {
            writer.Write("new c");
            writer.Flush();
            throw new IOException("No space left on device");
        }, how);
        act.Should().Throw<ProfileException>().WithMessage($"cannot write '{path}': No space left on device");
        File.ReadAllText(path).Should().Be("previous\n");
        Directory.GetFiles(folder.Path).Should().Equal(path);
    }

    [FactWithFile("/dev/full")]
    public void A_full_disk_is_one_error_line_and_exit_1()
    {
        CliRunner.Run("dump-config", "--profile", "coder", "--groups", "g", "--output", "/dev/full")
            .ShouldFailWith(1, "cannot write '/dev/full'", "No space left on device");
    }

    [FactWithFile("/dev/null")]
    public void A_device_is_written_in_place_directly_or_through_a_link()
    {
        using var folder = new TempFolder();
        var link = folder.File("to-null");
        File.CreateSymbolicLink(link, "/dev/null");
        CliRunner.Run("dump-config", "--profile", "coder", "--groups", "g", "--output", "/dev/null").ExitCode.Should().Be(0);
        CliRunner.Run("dump-config", "--profile", "coder", "--groups", "g", "--output", link).ExitCode.Should().Be(0);
        new FileInfo(link).LinkTarget.Should().Be("/dev/null");
        Directory.GetFileSystemEntries(folder.Path).Should().Equal(link);
    }

    [Fact]
    public void A_symbolic_link_stays_a_link_and_its_target_is_replaced()
    {
        using var folder = new TempFolder();
        var real = folder.File("real.yml");
        var link = folder.File("link.yml");
        File.WriteAllText(real, "old");
        File.CreateSymbolicLink(link, real);
        CliRunner.Run("dump-config", "--profile", "coder", "--groups", "g", "--output", link).ExitCode.Should().Be(0);
        new FileInfo(link).LinkTarget.Should().Be(real);
        File.ReadAllText(real).Should().StartWith("profiles:");
    }

    [Fact]
    public void Output_into_a_folder_is_refused_and_the_folder_is_untouched()
    {
        using var folder = new TempFolder();
        CliRunner.Run("dump-config", "--output", folder.Path).ShouldFailWith(2, "it is a folder");
        Directory.GetFileSystemEntries(folder.Path).Should().BeEmpty();
    }
}
