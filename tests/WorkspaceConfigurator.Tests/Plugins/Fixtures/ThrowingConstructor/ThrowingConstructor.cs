using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Registry;

namespace Fixtures.ThrowingConstructor;

public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new BrokenProfile());
}

public sealed class BrokenProfile : Profile
{
    public BrokenProfile() => throw new InvalidOperationException("licence file missing");

    public override string Slug => "broken";

    public override string DisplayName => "Broken";

    public override string Description => "fixture";

    public override string Image => "example.org/broken:1";
}
