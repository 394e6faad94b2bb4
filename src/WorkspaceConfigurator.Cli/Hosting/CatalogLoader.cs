using WorkspaceConfigurator.Cli.Plugins;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Registry;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>Builds the registry of a run: the built-in families, then the plugins of the given folders.</summary>
public static class CatalogLoader
{
    public static ProfileRegistry Load() => Load([]);

    public static ProfileRegistry Load(IReadOnlyList<PluginFolderRequest> pluginFolders)
    {
        // Folders are checked before anything loads, so a typo in a path is reported as the usage error it is.
        var folders = PluginFolders.Resolve(pluginFolders);
        var registry = new ProfileRegistry();
        BuiltinProfiles.RegisterAll(registry);
        if (folders.Count > 0)
        {
            new PluginLoader(SharedAssemblies.FromHost()).LoadInto(registry, folders);
        }

        return registry;
    }
}
