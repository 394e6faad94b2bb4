using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// Loads the plugins of the given folders into a registry, in order: scan (metadata only), check the framework
/// and contract, load into the plugin's own context, run its entry points with the plugin's path as origin.
/// </summary>
[RequiresUnreferencedCode("loads and reflects over plugin assemblies, which only the managed build runs (PluginSupport)")]
internal sealed class PluginLoader(SharedAssemblies shared)
{
    public void LoadInto(ProfileRegistry registry, IReadOnlyList<string> folders)
    {
        // A plugin reached twice (a folder nested in another given folder, a link such as self -> .) loads once:
        // plugins are told apart by their real path, links resolved.
        var loaded = new HashSet<string>(PluginFolders.PathComparer);
        foreach (var plugin in folders.SelectMany(folder => PluginScanner.Scan(folder, shared)))
        {
            if (!loaded.Add(RealPath.Of(plugin.Path) ?? plugin.Path))
            {
                continue;
            }

            PluginCompatibility.Check(plugin, Environment.Version.Major, SharedAssemblies.ContractVersion);
            Assembly assembly;
            IReadOnlyList<Type> entryPoints;
            try
            {
                assembly = Load(plugin);
                entryPoints = EntryPoints(plugin, assembly);
            }
            catch (Exception e) when (e is not WsconfException)
            {
                // A corrupt image fails in many ways (an invalid public key, a bad signature, a truncated table).
                throw new ProfileException($"plugin '{plugin.Path}' cannot be loaded: {PluginExceptions.Describe(e)}; rebuild it, or copy its build output again", e);
            }

            foreach (var entryPoint in entryPoints)
            {
                Register(registry, plugin.Path, entryPoint);
            }
        }
    }

    private Assembly Load(AssemblyFacts plugin)
    {
        PluginLoadContext context;
        try
        {
            context = new PluginLoadContext(plugin.Path, shared);
        }
        catch (InvalidOperationException e)
        {
            // The runtime's resolver refuses a malformed .deps.json.
            throw new ProfileException($"plugin '{plugin.Path}': its dependencies cannot be resolved: {e.Message.ReplaceLineEndings(" ")}", e);
        }

        Assembly assembly;
        try
        {
            assembly = context.LoadFromAssemblyPath(plugin.Path);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            throw new ProfileException($"plugin '{plugin.Path}' cannot be loaded: {e.Message.ReplaceLineEndings(" ")}", e);
        }

        // Resolve direct references now, so a missing one is reported as such rather than as a failure deep in a hook.
        foreach (var reference in plugin.References.Where(r => !shared.Contains(r.Name)))
        {
            try
            {
                context.LoadFromAssemblyName(reference);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                throw PluginFailure.MissingDependency(plugin.Path, reference, e);
            }
        }

        return assembly;
    }

    // Public concrete classes implementing the host's IProfileRegistrar, in ordinal order of their names.
    private static IReadOnlyList<Type> EntryPoints(AssemblyFacts plugin, Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or TypeLoadException or ReflectionTypeLoadException or BadImageFormatException)
        {
            var cause = e is ReflectionTypeLoadException { LoaderExceptions: [{ } first, ..] } ? first : e;
            throw PluginFailure.From(plugin.Path, "reading its public types", cause!);
        }

        var entryPoints = types
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(IProfileRegistrar).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        return entryPoints.Count > 0 ? entryPoints : throw new ProfileException(
            $"plugin '{plugin.Path}' has no entry point: no public class implements {typeof(IProfileRegistrar).FullName} (a .dll without one is allowed only as a dependency of another plugin in its folder)");
    }

    private static void Register(ProfileRegistry registry, string pluginPath, Type entryPoint)
    {
        IProfileRegistrar registrar;
        try
        {
            // The plugin's code first runs here: its module initializer, static constructors, the constructor.
            using var call = registry.Calls.Enter(pluginPath, null, $"creating entry point {entryPoint.FullName}");
            registrar = (IProfileRegistrar)Activator.CreateInstance(entryPoint)!;
        }
        catch (MissingMethodException e)
        {
            throw new ProfileException($"plugin '{pluginPath}': entry point {entryPoint.FullName} needs a public parameterless constructor", e);
        }
        catch (Exception e)
        {
            throw PluginFailure.From(pluginPath, $"creating entry point {entryPoint.FullName}", e);
        }

        try
        {
            registry.Register(registrar, pluginPath);
        }
        catch (WsconfException)
        {
            // The registry's own errors (duplicate slug, invalid slug) already name the plugin as origin.
            throw;
        }
        catch (Exception e)
        {
            throw PluginFailure.From(pluginPath, $"{entryPoint.FullName}.Register", e);
        }
    }
}
