using WorkspaceConfigurator.Registry;

namespace Fixtures.ContractV2Plugin;

/// <summary>A plugin built against contract 2.0.0.</summary>
public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
    }
}
