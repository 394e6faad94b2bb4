using FluentAssertions;
using WorkspaceConfigurator.Cli.Plugins;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

public sealed class DepsFileTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("wsconf-deps-").FullName;

    [Fact]
    public void Lists_runtime_and_native_assets_except_the_owner()
    {
        var deps = Write("Site.deps.json", """
            {
              "targets": {
                ".NETCoreApp,Version=v10.0": {
                  "Site/1.0.0": { "dependencies": { "Lib": "2.0.0" }, "runtime": { "Site.dll": {} } },
                  "Lib/2.0.0": { "runtime": { "lib/net8.0/Lib.dll": { "assemblyVersion": "2.0.0.0" } } },
                  "Native/1.0.0": { "native": { "runtimes/linux-x64/native/libnative.so": {} } }
                }
              },
              "libraries": {}
            }
            """);

        DepsFile.DependencyFileNames(deps).Should().BeEquivalentTo("Lib.dll", "libnative.so");
    }

    [Fact]
    public void A_malformed_file_names_itself()
    {
        var deps = Write("Site.deps.json", "{ \"targets\": ");

        var read = () => DepsFile.DependencyFileNames(deps);

        read.Should().Throw<ProfileException>().WithMessage($"plugin dependencies '{deps}' cannot be read: *");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(root, name);
        File.WriteAllText(path, text);
        return path;
    }
}
