using WorkspaceConfigurator.Contract;

namespace ExampleSite.Profiles;

/// <summary>The plugin's entry point: wsconf creates it and lets it add the site's profiles, in listing order.</summary>
public sealed class ExampleSiteRegistrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        registry.Add(new MlflowCodeServer());
        registry.Add(new TeamDashboard());
        registry.Add(new GpuJupyterLab());
    }
}
