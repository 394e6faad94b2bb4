using System.Reflection;
using System.Runtime.Loader;
using WorkspaceConfigurator.Catalog;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// One plugin's load context: shared assemblies come from the host, everything else from the plugin's own folder
/// as its .deps.json describes, then from the .NET runtime. Two plugins can thus carry different versions of the
/// same library. Not collectible: a run loads its plugins once and exits.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver resolver;
    private readonly SharedAssemblies shared;

    public PluginLoadContext(string pluginPath, SharedAssemblies shared) : base($"wsconf plugin {pluginPath}")
    {
        resolver = new AssemblyDependencyResolver(pluginPath);
        this.shared = shared;
        PluginPath = pluginPath;
    }

    /// <summary>The plugin's .dll: what messages about code loaded here name.</summary>
    public string PluginPath { get; }

    /// <summary>The plugin an assembly belongs to (its own or a private dependency), or null for wsconf's and .NET's.</summary>
    public static string? PluginOf(Assembly assembly) => GetLoadContext(assembly) is PluginLoadContext context ? context.PluginPath : null;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (!PluginSupport.IsSupported)
        {
            return null;
        }

        // The host's copy whatever version the plugin was built against; the contract version was checked before.
        if (shared.Find(assemblyName.Name) is { } host)
        {
            return host;
        }

        // null falls back to the default context: the .NET runtime's assemblies and the host's own (the engine among
        // them, which a plugin built against this contract never references).
        return resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
