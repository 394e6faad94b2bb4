using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Profiles;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>Plans over the built-in catalogue, through the engine's one entry point, for tests that need specs.</summary>
internal static class Plans
{
    public static ProfileCatalog BuiltinCatalog()
    {
        var registry = new ProfileRegistry();
        registry.RegisterBuiltIn(BuiltinProfiles.Registrars());
        return ProfileCatalog.Of(registry);
    }

    /// <summary>The built profiles (no checks), every built-in when no slug is given.</summary>
    public static IReadOnlyList<PlannedProfile> Builtin(params string[] slugs) =>
        Workspace.Plan(BuiltinCatalog(), CommandLineLayers.None, new Selection(slugs), PlanDepth.Built).Profiles;
}
