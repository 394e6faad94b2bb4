using WorkspaceConfigurator.Contract;

namespace Fixtures.ThrowingRegistrar;

public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => throw new InvalidOperationException("site catalogue is unreachable");
}
