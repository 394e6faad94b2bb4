using WorkspaceConfigurator.Contract;

namespace Fixtures.ContractNextPlugin;

/// <summary>A plugin built against the next contract major version, 4.0.0.</summary>
public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry)
    {
    }
}
