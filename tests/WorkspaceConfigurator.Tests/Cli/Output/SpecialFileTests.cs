using System.Net.Sockets;
using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;
using static WorkspaceConfigurator.Tests.Cli.Output.OutputFiles;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>Pipes, devices and the process's own streams are written as streams: never replaced, never written over old bytes.</summary>
public sealed class SpecialFileTests
{
    [FactOnLinux]
    public void A_named_pipe_is_written_to_and_stays_a_pipe()
    {
        using var folder = new TempFolder();
        var fifo = folder.File("config.fifo");
        MakeFifo(fifo);
        string? received = null;
        var reader = new Thread(() => received = File.ReadAllText(fifo)) { IsBackground = true };
        reader.Start();

        Run("-o", fifo).ExitCode.Should().Be(0);
        reader.Join(TimeSpan.FromSeconds(30)).Should().BeTrue("the reader gets the output and its end");
        received.Should().Be(Expected);
        Kind(fifo).Should().Be("fifo");
        Directory.GetFileSystemEntries(folder.Path).Should().Equal(fifo);
    }

    [FactOnLinux]
    public void Dev_null_stays_a_device()
    {
        Run("-o", "/dev/null").ExitCode.Should().Be(0);
        Kind("/dev/null").Should().Be("character special file");
    }

    [TheoryOnLinux]
    [InlineData("/dev/stdout")]
    [InlineData("/dev/fd/1")]
    [InlineData("/proc/self/fd/1")]
    [InlineData("-")]
    public void The_names_of_stdout_write_to_the_commands_own_stdout(string name)
    {
        var result = Run("-o", name);
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be(Expected);
    }

    [TheoryOnLinux]
    [InlineData("/dev/stderr")]
    [InlineData("/dev/fd/2")]
    [InlineData("/proc/self/fd/2")]
    public void The_names_of_stderr_write_to_the_commands_own_stderr(string name)
    {
        var result = Run("-o", name);
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be(Expected);
    }

    [FactOnLinux]
    public void Dev_stdout_appends_when_the_shell_appends()
    {
        using var folder = new TempFolder();
        var file = folder.File("log.yml");
        File.WriteAllText(file, "# kept\n");
        var (exit, _, error) = WsconfProcess.Shell($"{WsconfProcess.CommandLine} {string.Join(' ', DumpConfig)} -o /dev/stdout >> '{file}'");
        exit.Should().Be(0, error);
        File.ReadAllText(file).Should().Be("# kept\n" + Expected);
    }

    [FactOnLinux]
    public void A_file_in_dev_shm_with_longer_old_content_is_replaced_whole()
    {
        var path = Path.Combine("/dev/shm", $"wsconf-test-{Guid.NewGuid():N}.yml");
        try
        {
            File.WriteAllText(path, new string('x', 100_000));
            var inode = Inode(path);
            Run("-o", path).ExitCode.Should().Be(0);
            File.ReadAllText(path).Should().Be(Expected, "no old byte may stay behind the new content");
            Inode(path).Should().NotBe(inode, "a regular file is replaced by a rename, wherever it is");
            Directory.GetFiles("/dev/shm", ".wsconf-*").Should().BeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [FactOnLinux]
    public void A_socket_is_refused_and_kept()
    {
        using var folder = new TempFolder();
        var path = folder.File("wsconf.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        Run("-o", path).ShouldFailWith(2, $"cannot write '{path}': it is a socket; give a file name");
        Kind(path).Should().Be("socket");
    }
}
