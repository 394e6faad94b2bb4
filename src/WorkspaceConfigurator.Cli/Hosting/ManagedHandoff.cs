using System.Runtime.InteropServices;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Cli.Options;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>
/// The native binary's way to run plugins: plugins are assemblies loaded at run time, which only the managed build
/// can do, so a run that names plugin folders (<c>--profiles-dir</c> or WSCONF_PROFILES_DIR) replaces this process
/// with the managed build shipped beside it (execv: same arguments, environment and standard streams; its output and exit code are the run's). This
/// is decided from the raw arguments before any other work. In the native binary the same decision is first made by
/// an ELF constructor before the runtime starts (managed_handoff.c), so a hand-over normally never gets here; this
/// code is what runs when that one could not exec, and it reports why in one line. In the managed build there is
/// nothing to hand off.
/// </summary>
internal static partial class ManagedHandoff
{
    /// <summary>The folder beside the native binary that holds the managed build (ManagedBuildFolder in the project).</summary>
    public const string Folder = "managed";

    private const string ManagedAssembly = "wsconf.dll";

    /// <summary>Whether this run must go to the managed build: plugin folders named, in a build that cannot load them.</summary>
    public static bool Wanted(IReadOnlyList<string> args, Func<string, string?> env)
    {
        if (PluginSupport.IsSupported)
        {
            return false;
        }

        // Any mention is enough: a run handed over needlessly gives the same output, only later.
        foreach (var arg in args)
        {
            if (arg == "--profiles-dir" || arg.StartsWith("--profiles-dir=", StringComparison.Ordinal) || arg.StartsWith("--profiles-dir:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return !string.IsNullOrWhiteSpace(env(EnvironmentDefaults.ProfilesDir.Name));
    }

    /// <summary>Replaces the process with the managed build; returns only when that could not be done, with the exit code.</summary>
    public static int Run(string[] args, Func<string, string?> env, TextWriter error)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, Folder);
        var assembly = Path.Combine(folder, ManagedAssembly);
        if (!File.Exists(assembly))
        {
            error.WriteLine($"wsconf: plugins (--profiles-dir, {EnvironmentDefaults.ProfilesDir.Name}) run in the managed build of wsconf, which is not beside this binary ({assembly} is missing); install the wsconf tool package, or run the managed build (dotnet run --project src/WorkspaceConfigurator.Cli)");
            return ExitCodes.Invalid;
        }

        // The dotnet host the user runs (DOTNET_ROOT, then PATH) first; else the managed build's own launcher, which
        // looks for the runtime where .NET installs it.
        string program;
        string[] argv;
        if (DotnetHost(env) is { } dotnet)
        {
            program = dotnet;
            argv = [dotnet, "exec", assembly, .. args];
        }
        else
        {
            program = Path.Combine(folder, "wsconf");
            argv = [program, .. args];
        }

        Console.Out.Flush();
        Execv(program, [.. argv, null]);
        var errno = Marshal.GetLastPInvokeError();
        error.WriteLine($"wsconf: plugins (--profiles-dir, {EnvironmentDefaults.ProfilesDir.Name}) run in the managed build of wsconf, which could not be started ({program}: {Marshal.GetPInvokeErrorMessage(errno)}); it needs the .NET {Environment.Version.Major} runtime: install it, or set DOTNET_ROOT to where it is");
        return ExitCodes.Invalid;
    }

    private static string? DotnetHost(Func<string, string?> env)
    {
        if (env("DOTNET_ROOT") is { Length: > 0 } root && Executable(Path.Combine(root, "dotnet")) is { } fromRoot)
        {
            return fromRoot;
        }

        foreach (var entry in (env("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Executable(Path.Combine(entry, "dotnet")) is { } onPath)
            {
                return onPath;
            }
        }

        return null;
    }

    private static string? Executable(string path) => File.Exists(path) ? path : null;

    [LibraryImport("libc", EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Execv(string path, string?[] argv);
}
