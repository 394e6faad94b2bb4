using System.Diagnostics;
using System.Reflection;

namespace WorkspaceConfigurator.Tests.Cli.Plugins;

/// <summary>
/// Builds the example site plugin and the fixtures under Cli/Plugins/Fixtures with one <c>dotnet build</c> of
/// Fixtures.slnx into a temporary folder, against the contract assemblies of this test run, and hands out
/// scratch folders holding copies of their outputs. Everything lives under one temporary folder, removed at the end.
/// </summary>
public class PluginBuilds : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private readonly string artifacts;
    private int folders;

    public PluginBuilds()
        : this(Path.Combine(RepositoryRoot, "tests", "WorkspaceConfigurator.Tests", "Cli", "Plugins", "Fixtures", "Fixtures.slnx"))
    {
    }

    /// <summary>The build of one project or solution (<paramref name="projectOrSolution"/>) only.</summary>
    protected PluginBuilds(string projectOrSolution)
    {
        Root = Path.Combine(Path.GetTempPath(), $"wsconf-plugin-tests-{Guid.NewGuid():N}");
        artifacts = Path.Combine(Root, "artifacts");
        Directory.CreateDirectory(Root);
        try
        {
            Build(projectOrSolution);
        }
        catch
        {
            // A fixture whose constructor throws is never disposed: its folder goes here.
            Directory.Delete(Root, recursive: true);
            throw;
        }
    }

    public string Root { get; }

    public static string RepositoryRoot { get; } = typeof(PluginBuilds).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The build output folder of a fixture project (or ExampleSiteProfiles).</summary>
    public string OutputOf(string project)
    {
        var pivots = Directory.GetDirectories(Path.Combine(artifacts, "bin", project));
        return pivots.Length == 1 ? pivots[0] : throw new InvalidOperationException($"expected one build output of {project}, found {pivots.Length}");
    }

    /// <summary>A new empty folder of its own.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(Root, "work", $"{name}-{Interlocked.Increment(ref folders)}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Copies a project's whole build output into <paramref name="destination"/> (created if needed).</summary>
    public string CopyOutput(string project, string destination)
    {
        var source = OutputOf(project);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return destination;
    }

    /// <summary>
    /// A folder of its own holding the HostilePlugins build, set to one misbehaviour (the name of a case of
    /// Fixtures/HostilePlugins/Registrar.cs); the plugin's .dll is <c>HostilePlugins.dll</c> in it.
    /// </summary>
    public string Hostile(string behaviour)
    {
        var folder = CopyOutput("HostilePlugins", NewFolder(behaviour));
        File.WriteAllText(Path.Combine(folder, "hostile.txt"), behaviour);
        return folder;
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is not worth failing the run for
        }
    }

    private void Build(string solution)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Root,
        };
        foreach (var argument in new[]
        {
            "build", solution, "-c", "Release", "--artifacts-path", artifacts, "-nologo", "-v:minimal", "-nodeReuse:false",
            $"-p:WsconfContractDir={AppContext.BaseDirectory}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Set by the test host's own build; a nested build must find its SDK by itself.
        foreach (var variable in new[] { "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath" })
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet build did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"building the plugin fixtures took more than {BuildTimeout}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"building the plugin fixtures failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        }
    }

    // The dotnet executable running these tests, else the one named by the SDK, else the one on PATH.
    internal static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
