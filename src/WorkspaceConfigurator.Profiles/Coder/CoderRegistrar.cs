namespace WorkspaceConfigurator.Profiles.Coder;

/// <summary>Registers the Code Server profiles, in the order they are listed.</summary>
public sealed class CoderRegistrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
        registry.Add(new CodeServer());
        registry.Add(new GpuCodeServer());
        registry.Add(new DaskGatewayCodeServer());
    }
}
