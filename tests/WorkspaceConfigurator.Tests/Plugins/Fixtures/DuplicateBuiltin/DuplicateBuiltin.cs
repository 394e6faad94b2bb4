using WorkspaceConfigurator.Profiles.Coder;
using WorkspaceConfigurator.Registry;

namespace Fixtures.DuplicateBuiltin;

public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new SiteCoder());
}

/// <summary>Takes the slug of the built-in Code Server.</summary>
public sealed class SiteCoder : CoderProfile
{
    public override string Slug => "coder";

    public override string DisplayName => "Site Code Server";

    public override string Description => "fixture";
}
