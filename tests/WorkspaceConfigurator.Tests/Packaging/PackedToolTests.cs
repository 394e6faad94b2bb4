using System.Diagnostics;
using System.Reflection;
using FluentAssertions;
using WorkspaceConfigurator.Cli;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Plugins;

namespace WorkspaceConfigurator.Tests.Packaging;

/// <summary>
/// The .NET tool package, end to end: pack the CLI, install the package into a temporary tool path, and check that
/// the installed <c>wsconf</c> writes what the in-process CLI writes. One pack per test run: it takes a while.
/// </summary>
[Collection(PluginCollection.Name)]
public sealed class PackedToolTests(PluginBuilds builds)
{
    [Fact]
    public void Installed_tool_writes_what_the_in_process_cli_writes_and_reports_its_version()
    {
        using var temp = new TempFolder();
        var repo = RepositoryRoot();
        var packages = temp.File("packages");
        var tools = temp.File("tools");

        // Own build folders (--artifacts-path), so the pack never touches the bin/obj folders this test runs from.
        Run("dotnet", ["pack", Path.Combine(repo, "src", "WorkspaceConfigurator.Cli"), "-c", "Release", "-o", packages,
            "--artifacts-path", temp.File("artifacts"), "-nologo"], repo);
        Directory.GetFiles(packages, "wsconf.*.nupkg").Should().NotBeEmpty();

        // Only the packed folder as source: no network, and no other copy of the same version can be picked up.
        Run("dotnet", ["tool", "install", "wsconf", "--tool-path", tools, "--source", packages], repo);
        var wsconf = Path.Combine(tools, OperatingSystem.IsWindows() ? "wsconf.exe" : "wsconf");

        // The installed tool starts its warm-up thread (the in-process runner does not): the output must not change.
        string[][] commands = [["dump-config", "--profile", "coder-gpu"], ["dump-config"], ["dump-manifests"]];
        foreach (var command in commands)
        {
            var installed = Run(wsconf, command, temp.Path);
            var inProcess = CliRunner.Run(command);
            inProcess.ExitCode.Should().Be(0);
            installed.Should().Be(inProcess.Out, string.Join(' ', command));
        }

        // Plugins load and build the same in the installed tool as in the test host.
        var plugin = builds.OutputOf("ExampleSiteProfiles");
        string[] withPlugin = ["--profiles-dir", plugin, "dump-config", "--profile", "mlflow-coder,coder"];
        var fromTool = Run(wsconf, withPlugin, temp.Path);
        var fromHost = CliRunner.Run(withPlugin);
        fromHost.ExitCode.Should().Be(0);
        fromTool.Should().Be(fromHost.Out).And.Contain("mlflow-coder");

        // In-process, --version would report the test host; the tool reports the wsconf assembly's version.
        var expected = typeof(WsconfCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Run(wsconf, ["--version"], temp.Path).TrimEnd('\n').Should().Be(expected);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WorkspaceConfigurator.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no WorkspaceConfigurator.sln above {AppContext.BaseDirectory}");
    }

    // Runs a program to completion; a non-zero exit fails the test with everything the program printed.
    private static string Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would point a nested dotnet at the test run's own build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var name in new[] { "WSCONF_PROFILES", "ENABLED_PROFILES", "WSCONF_GROUPS", "WSCONF_OUTPUT", "OUTPUT_FILE",
            "WSCONF_STORAGE_CLASS_RWO", "STORAGE_CLASS_RWO", "WSCONF_STORAGE_CLASS_RWX", "STORAGE_CLASS_RWX", "WSCONF_PROFILES_DIR" })
        {
            start.Environment.Remove(name); // the in-process run sees an empty environment
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{program} {string.Join(' ', arguments)} failed:\n{stdout}\n{stderr.Result}");
        return stdout;
    }
}
