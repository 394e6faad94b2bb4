using FluentAssertions;
using WorkspaceConfigurator.Files;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Cli.Output;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Files;

/// <summary>What a path is, as stat(2) and lstat(2) say: the writers decide on it (a pipe or a device is written in place).</summary>
public sealed class FileKindsTests
{
    [Fact]
    public void Files_folders_and_missing_paths_are_told_apart()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.yaml", "a: 1\n");

        FileKinds.Of(file).Should().Be(FileKind.Regular);
        FileKinds.Of(temp.Path).Should().Be(FileKind.Directory);
        FileKinds.Of(temp.File("missing")).Should().Be(FileKind.Missing);
    }

    [FactOnLinux]
    public void A_device_a_pipe_and_a_link_are_what_they_are()
    {
        using var temp = new TempFolder();
        var file = temp.Write("target.yaml", "a: 1\n");
        var link = temp.File("link.yaml");
        File.CreateSymbolicLink(link, file);
        var pipe = temp.File("pipe");
        OutputFiles.MakeFifo(pipe);

        FileKinds.Of("/dev/null").Should().Be(FileKind.CharacterDevice);
        FileKinds.Of(pipe).Should().Be(FileKind.Pipe);
        FileKinds.Of(link).Should().Be(FileKind.Regular, "links are followed");
        FileKinds.OfLink(link).Should().Be(FileKind.SymbolicLink);
    }
}
