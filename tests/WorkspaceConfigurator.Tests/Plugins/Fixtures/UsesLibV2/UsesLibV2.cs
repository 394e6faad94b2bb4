using Versioned;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Registry;

namespace Fixtures.UsesLibV2;

public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new UsesLibProfile());
}

/// <summary>Shows, in its display name, the version of VersionedLib it sees at run time.</summary>
public sealed class UsesLibProfile : Profile
{
    public override string Slug => "uses-lib-v2";

    public override string DisplayName => $"Uses {VersionedLib.Identity}";

    public override string Description => "fixture";

    public override string Image => "example.org/uses-lib:2";
}
