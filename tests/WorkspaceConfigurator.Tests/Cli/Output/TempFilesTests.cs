using FluentAssertions;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Output;
using static WorkspaceConfigurator.Tests.Cli.Output.OutputFiles;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>What a signal does to a run's temporaries, in-process: the handler's call without the process ending.</summary>
public sealed class TempFilesTests
{
    [Fact]
    public void A_signal_deletes_what_is_registered_and_ends_with_its_code()
    {
        using var folder = new TempFolder();
        var temps = new TempFiles();
        var file = folder.File(".wsconf-1-00000000.tmp");
        var staging = folder.File(".wsconf-1-11111111.tmp");
        temps.Create(file, isFolder: false, () => { File.WriteAllText(file, "partial"); return 0; });
        temps.Create(staging, isFolder: true, () => Directory.CreateDirectory(Path.Combine(staging, "coder")));
        int? exitCode = null;
        temps.End(143, code => exitCode = code);
        exitCode.Should().Be(143);
        Directory.GetFileSystemEntries(folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void A_signal_in_a_critical_stretch_waits_for_its_end()
    {
        using var folder = new TempFolder();
        var temps = new TempFiles();
        var file = folder.File(".wsconf-1-22222222.tmp");
        temps.Create(file, isFolder: false, () => { File.WriteAllText(file, ""); return 0; });
        int? exitCode = null;
        using (temps.Critical())
        {
            temps.End(130, code => exitCode = code);
            exitCode.Should().BeNull("the swaps are not done");
            File.Exists(file).Should().BeTrue();
        }

        exitCode.Should().Be(130);
        File.Exists(file).Should().BeFalse();
    }

    [Fact]
    public void Nothing_is_created_once_a_signal_has_ended_the_run()
    {
        using var folder = new TempFolder();
        var temps = new TempFiles();
        temps.End(143, _ => { });
        var late = folder.File(".wsconf-1-33333333.tmp");
        var create = () => temps.Create(late, isFolder: true, () => Directory.CreateDirectory(late));
        create.Should().Throw<OperationCanceledException>();
        Directory.Exists(late).Should().BeFalse();
    }

    [Fact]
    public void A_signal_while_a_file_is_written_leaves_the_old_file_and_no_temporary()
    {
        using var folder = new TempFolder();
        var path = folder.File("config.yml");
        File.WriteAllText(path, "old\n");
        var temps = new TempFiles();
        int? exitCode = null;
        var write = () => AtomicFile.Write(path, writer =>
        {
            writer.Write("new");
            writer.Flush();
            temps.End(143, code => exitCode = code);
        }, new FileWriting(temps, Force: false, _ => { }));

        // The real exit never returns; here the run goes on and finds its temporary gone.
        write.Should().Throw<ProfileException>();
        exitCode.Should().Be(143);
        File.ReadAllText(path).Should().Be("old\n");
        Hidden(folder.Path).Should().BeEmpty();
    }
}
