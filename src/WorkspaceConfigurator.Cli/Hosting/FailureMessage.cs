using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using WorkspaceConfigurator.Catalog;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>
/// The one line for a failure that is no <see cref="WsconfException"/>: the file system refusing a path
/// (a symbolic link loop, a permission, a full disk), named with the path the system gives; a fault in a plugin's
/// code (the first frame of the innermost exception that is neither .NET's nor wsconf's), named with the plugin's
/// assembly and file; anything else is a fault in wsconf itself and says so. The line never leaves the reader
/// guessing whose problem it is.
/// </summary>
internal static class FailureMessage
{
    // IL3000: only a plugin's assembly gets here (PluginOrigin), loaded from its file by path in the managed build,
    // so its Location is that file.
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Plugin assemblies are loaded from files.")]
    public static string Of(Exception e, string command)
    {
        var innermost = e;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }

        if (PluginOrigin(innermost) is { } plugin)
        {
            var initializer = e is TypeInitializationException init ? $"the static constructor of {init.TypeName} threw " : "";
            return $"{command}: plugin {plugin.GetName().Name} ({plugin.Location}) failed: {initializer}{innermost.GetType().Name}: {Sentence(innermost.Message)}";
        }

        return e switch
        {
            // .NET's messages name the path: "Too many levels of symbolic links in '/srv/out'".
            IOException => $"{command}: {Sentence(e.Message)}{LoopHint(e.Message)}",
            UnauthorizedAccessException => $"{command}: {Sentence(e.Message)} (permission denied)",
            _ => $"{command} failed inside wsconf ({e.GetType().Name}: {Sentence(e.Message)}); this is a bug in wsconf: please report it with the output of --verbose",
        };
    }

    // The assembly of the first frame that is not .NET's or wsconf's own, if any.
    private static Assembly? PluginOrigin(Exception e)
    {
        if (!PluginSupport.IsSupported)
        {
            return null;
        }

        foreach (var frame in new StackTrace(e).GetFrames())
        {
            if (frame.GetMethod()?.DeclaringType?.Assembly is not { } assembly || IsFramework(assembly))
            {
                continue;
            }

            return IsWsconf(assembly) ? null : assembly;
        }

        return null;
    }

    private static bool IsFramework(Assembly assembly) =>
        assembly.GetName().Name is { } name && (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal)
            || name is "mscorlib" or "netstandard");

    // The executable, the engine, the contract, the built-in families, and the libraries they are built on.
    private static bool IsWsconf(Assembly assembly) =>
        assembly == typeof(FailureMessage).Assembly || assembly == typeof(PluginSupport).Assembly || assembly == typeof(WsconfException).Assembly
        || assembly.GetName().Name is "WorkspaceConfigurator.Profiles" or "YamlDotNet" or "KubernetesClient";

    private static string Sentence(string message) => message.TrimEnd('.', ' ');

    private static string LoopHint(string message) =>
        message.Contains("symbolic links", StringComparison.OrdinalIgnoreCase) ? " (a symbolic link that points back at itself?)" : "";
}
