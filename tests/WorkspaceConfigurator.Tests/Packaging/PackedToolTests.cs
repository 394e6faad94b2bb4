using System.Diagnostics;
using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using WorkspaceConfigurator.Cli;
using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Packaging;

/// <summary>
/// The .NET tool package, end to end: pack the CLI (the native linux-x64 package with the managed build inside it,
/// as a user gets it), install it into a temporary tool path, and run the installed <c>wsconf</c> beside the
/// in-process CLI on a fixed list of representative commands kept here (not read from the pages): built-ins, values
/// files, hub settings, existing objects, diff, the example plugin (which the native binary hands to the managed
/// build) and errors. Standard output, standard error and exit code must be identical. One pack per test run: it
/// takes a while.
/// </summary>
// A collection of its own: the pack (over a minute, most of it the native compiler on one core) is the longest test of
// the suite, so it runs beside the others, and its own build of the example plugin runs beside the pack.
[Collection(PackedToolCollection.Name)]
public sealed class PackedToolTests
{
    [FactOnLinuxX64]
    [SupportedOSPlatform("linux")] // skipped elsewhere
    public async Task Installed_tool_gives_what_the_in_process_cli_gives_on_every_documented_command()
    {
        var build = Task.Run(() => new ExamplePluginBuild());
        try
        {
            await Check(build);
        }
        finally
        {
            // Its folder is removed also when the pack failed first; a failed build removed its own.
            await Task.WhenAny(build);
            if (build.IsCompletedSuccessfully)
            {
                (await build).Dispose();
            }
        }
    }

    [SupportedOSPlatform("linux")]
    private static async Task Check(Task<ExamplePluginBuild> build)
    {
        using var temp = new TempFolder();
        var repo = RepositoryRoot();
        var packages = temp.File("packages");
        var tools = temp.File("tools");

        // Own build folders (--artifacts-path), so the pack never touches the bin/obj folders this test runs from.
        Run("dotnet", ["pack", Path.Combine(repo, "src", "WorkspaceConfigurator.Cli"), "-c", "Release", "-o", packages,
            "--artifacts-path", temp.File("artifacts"), "-nologo"], repo).ExitCode.Should().Be(0);
        Directory.GetFiles(packages, "wsconf.*.nupkg").Select(Path.GetFileName).Should().BeEquivalentTo(
            "wsconf.3.0.0.nupkg", "wsconf.linux-x64.3.0.0.nupkg", "wsconf.any.3.0.0.nupkg");

        // Only the packed folder as source: no network, and no other copy of the same version can be picked up.
        Run("dotnet", ["tool", "install", "wsconf", "--tool-path", tools, "--source", packages], repo).ExitCode.Should().Be(0);
        var wsconf = Path.Combine(tools, "wsconf");
        var installed = new FileInfo(wsconf).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? wsconf;
        var managed = Path.Combine(Path.GetDirectoryName(installed)!, "managed", "wsconf.dll");

        // The native binary (an ELF file, not a .NET apphost beside a wsconf.dll), with the managed build inside.
        File.ReadAllBytes(installed).AsSpan(0, 4).SequenceEqual("\u007fELF"u8).Should().BeTrue();
        File.Exists(Path.Combine(Path.GetDirectoryName(installed)!, "wsconf.dll")).Should().BeFalse("the installed wsconf is native");
        File.Exists(managed).Should().BeTrue("plugins run in the managed build");

        var site = Path.Combine(repo, "examples", "site", "site.yaml");
        var hub = Path.Combine(repo, "examples", "hub", "eoepca-prod.yaml");
        var existing = Path.Combine(repo, "examples", "existing", "jupyter-alice.yaml");
        var plugin = (await build).OutputOf("ExampleSiteProfiles");
        var badValues = temp.Write("bad.yaml", "profiles:\n  coder:\n    cpu_limit: 2\n    cpu_limit: 3\n");
        var oldConfig = temp.Write("old.yml", CliRunner.Run("dump-config", "--profile", "coder,jupyterlab", "--groups", "staff").Out);
        var newConfig = temp.Write("new.yml", CliRunner.Run("dump-config", "--profile", "coder,jupyterlab", "--groups", "staff",
            "--override", "coder:workspace_volume_size=50Gi", "--override", "jupyterlab:image=example.org/lab:2").Out);

        string[][] commands =
        [
            // Built-ins.
            ["list"],
            ["list-profiles"],
            ["dump-config", "--profile", "coder-gpu", "--groups", "staff"],
            ["dump-config"],
            ["dump-config", "--profile", "coder,jupyterlab", "--groups", "staff,students", "--storage-class-rwo", "gp3", "--image", "example.org/ws:2"],
            ["dump-config", "--profile", "coder-gpu", "--override", "coder-gpu:gpu_limit=2", "--node-selector", "coder-gpu:zone=eu-1", "--override", "coder-gpu:env.PIP_INDEX_URL=https://pypi.example.org"],
            ["describe", "coder-gpu", "--override", "coder-gpu:gpu_limit=2"],
            ["describe", "coder", "--override", "coder:personalize=true", "--override", "coder:dotfiles_repo=https://example.org/dots.git"],
            ["describe", "jupyterlab", "--layers"],
            ["validate"],
            ["validate", "--strict", "--profile", "coder,jupyterlab", "--groups", "staff", "--override", "coder:mem_limit=8Gi"],
            ["dump-manifests"],
            ["dump-manifests", "--profile", "coder-gpu", "--user", "Bob.Smith@example.org"],
            ["schema", "values"],
            ["--help"],
            ["dump-manifests", "--help"],
            // Site values files.
            ["-f", site, "list"],
            ["-f", site, "dump-config", "--profile", "coder-a100"],
            ["-f", site, "describe", "coder-a100", "--layers"],
            ["-f", site, "validate"],
            ["-f", site, "dump-manifests", "--profile", "coder-a100", "--user", "alice"],
            ["-f", site, "schema", "values"],
            // The hub and what the namespace already holds.
            ["dump-manifests", "--hub", "eoepca", "--user", "alice", "--namespace", "jupyter-alice", "--profile", "coder"],
            ["validate", "--hub", hub, "--profile", "coder-gpu", "--groups", "staff"],
            ["dump-manifests", "--profile", "coder-gpu", "--user", "alice", "--existing", existing],
            ["validate", "--profile", "coder-gpu", "--existing", existing],
            // Changes to a deployed catalogue.
            ["diff", oldConfig, newConfig],
            ["diff", oldConfig, "--profile", "coder,jupyterlab", "--groups", "staff", "--format", "json"],
            // The example plugin: the native binary hands these to the managed build.
            ["--profiles-dir", plugin, "list"],
            ["--profiles-dir", plugin, "dump-config", "--profile", "mlflow-coder,coder", "--override", "mlflow-coder:mlflow_tracking_uri=https://mlflow.example.org"],
            ["--profiles-dir", plugin, "dump-manifests", "--profile", "mlflow-coder"],
            ["--profiles-dir", plugin, "-f", site, "validate"],
            // Errors: one line on stderr, the same exit code.
            ["dump-config", "--profile", "nope"],
            ["dump-config", "--override", "coder:cpu_limit=0.5"],
            ["describe", "coder", "--override", "coder:no_such_field=1"],
            ["-f", badValues, "list"],
            ["-f", Path.Combine(temp.Path, "missing.yaml"), "dump-config"],
            ["dump-manifests", "--hub", "nope"],
            ["no-such-command"],
            ["--profiles-dir", Path.Combine(temp.Path, "no-such-folder"), "list"],
        ];

        var mismatches = new List<string>();
        foreach (var command in commands)
        {
            var tool = Run(wsconf, command, Environment.CurrentDirectory);

            // Help names the program by its process: in-process that is the test host, so help is compared with the
            // managed build inside the package, run directly.
            var inProcess = command.Contains("--help") ? Run("dotnet", ["exec", managed, .. command], Environment.CurrentDirectory) : CliRunner.Run(command);
            var line = string.Join(' ', command);
            if (tool.ExitCode != inProcess.ExitCode)
            {
                mismatches.Add($"{line}: exit {tool.ExitCode} installed, {inProcess.ExitCode} in-process\n{tool.Error}");
            }

            if (tool.Out != inProcess.Out)
            {
                mismatches.Add($"{line}: stdout differs at {FirstDifference(tool.Out, inProcess.Out)}");
            }

            if (tool.Error != inProcess.Error)
            {
                mismatches.Add($"{line}: stderr differs\ninstalled:  {tool.Error}\nin-process: {inProcess.Error}");
            }
        }

        mismatches.Should().BeEmpty();

        // The native binary without the managed build beside it: a plugin run is one line naming what is missing.
        var alone = Path.Combine(Directory.CreateDirectory(temp.File("alone")).FullName, "wsconf");
        File.Copy(installed, alone);
        File.SetUnixFileMode(alone, File.GetUnixFileMode(installed));
        var orphan = Run(alone, ["--profiles-dir", plugin, "list"], temp.Path);
        orphan.ExitCode.Should().Be(1);
        orphan.Out.Should().BeEmpty();
        orphan.ErrorLines.Should().ContainSingle().Which.Should()
            .StartWith("wsconf: plugins (--profiles-dir, WSCONF_PROFILES_DIR) run in the managed build of wsconf, which is not beside this binary")
            .And.Contain(Path.Combine(temp.File("alone"), "managed", "wsconf.dll"));
        Run(alone, ["list"], temp.Path).ExitCode.Should().Be(0, "without plugins the native binary needs nothing beside it");

        // In-process, --version would report the test host; the tool reports the wsconf assembly's version.
        var expected = typeof(WsconfCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Run(wsconf, ["--version"], temp.Path).Out.TrimEnd('\n').Should().Be(expected);
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        var line = a[..i].Count(c => c == '\n') + 1;
        return $"line {line}: installed '{Around(a, i)}', in-process '{Around(b, i)}'";
    }

    private static string Around(string text, int at) => text.Substring(Math.Min(at, text.Length), Math.Min(60, text.Length - Math.Min(at, text.Length)));

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

    // Runs a program to completion in an environment without wsconf's variables (the in-process runs see none).
    private static CliResult Run(string program, IEnumerable<string> arguments, string workingDirectory)
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
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("WSCONF_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var name in new[] { "ENABLED_PROFILES", "OUTPUT_FILE", "STORAGE_CLASS_RWO", "STORAGE_CLASS_RWX" })
        {
            start.Environment.Remove(name); // the reference generator's names, also read
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout, stderr.Result);
    }
}
