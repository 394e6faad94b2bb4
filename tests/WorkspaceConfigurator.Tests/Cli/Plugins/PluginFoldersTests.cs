using FluentAssertions;
using WorkspaceConfigurator.Cli.Plugins;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

public sealed class PluginFoldersTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("wsconf-plugin-folders-").FullName;

    [Fact]
    public void Folders_keep_their_order_and_repeats_are_dropped()
    {
        var a = Directory.CreateDirectory(Path.Combine(root, "a")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(root, "b")).FullName;

        var folders = PluginFolders.Resolve([Request(b), Request(a), Request(b + Path.DirectorySeparatorChar), Request(Path.Combine(a, "..", "a"))]);

        folders.Should().Equal(b, a);
    }

    [Fact]
    public void A_link_to_a_folder_already_given_is_the_same_folder()
    {
        var target = Directory.CreateDirectory(Path.Combine(root, "target")).FullName;
        var link = Path.Combine(root, "link");
        Directory.CreateSymbolicLink(link, target);

        PluginFolders.Resolve([Request(target), Request(link)]).Should().Equal(target);
    }

    [Fact]
    public void An_empty_value_is_a_usage_error()
    {
        var resolve = () => PluginFolders.Resolve([Request(" ")]);

        resolve.Should().Throw<UsageException>().WithMessage("--profiles-dir needs a folder, not an empty value");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static PluginFolderRequest Request(string path) => new(path, "--profiles-dir");
}
