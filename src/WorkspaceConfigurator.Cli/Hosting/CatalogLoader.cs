using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Registry;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>Builds the registry of a run: the built-in families, then site plugins.</summary>
public static class CatalogLoader
{
    public static ProfileRegistry Load()
    {
        var registry = new ProfileRegistry();
        BuiltinProfiles.RegisterAll(registry);
        return registry;
    }
}
