using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Cli.Plugins;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Profiles;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>Builds the catalogue of a run: the built-in families, then the plugins of the given folders, then the profiles the values files define.</summary>
internal static class CatalogLoader
{
    public static ProfileCatalog Load(CliContext context, IReadOnlyList<PluginFolderRequest> pluginFolders, IReadOnlyList<ValuesDocument> values)
    {
        // Folders are checked before anything loads, so a typo in a path is reported as the usage error it is.
        var folders = PluginFolders.Resolve(pluginFolders);
        var registry = new ProfileRegistry();
        registry.RegisterBuiltIn(BuiltinProfiles.Registrars());
        if (folders.Count > 0)
        {
            // The native binary hands runs with plugin folders to the managed build before it gets here (Program.cs).
            if (!PluginSupport.IsSupported)
            {
                throw new InvalidOperationException("plugins reached a build that cannot load them");
            }

            // Contained from before their first line of code runs: console capture, time limit, exit and crash reports.
            var limit = PluginWatchdog.LimitFrom(context.GetEnvironmentVariable);
            context.Plugins?.Attach(context.Out, context.Error, registry.Calls, limit);
            new PluginLoader(SharedAssemblies.FromHost()).LoadInto(registry, folders);
        }

        return CatalogBuilder.Build(registry, values);
    }
}
