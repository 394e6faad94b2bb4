using WorkspaceConfigurator.Profiles.Coder;
using WorkspaceConfigurator.Contract;

namespace Fixtures.DuplicateBuiltin;

public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new SiteCoder());
}

/// <summary>Takes the slug of the built-in Code Server.</summary>
public sealed class SiteCoder : CoderProfile
{
    public override string Slug => "coder";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Site Code Server");
        settings.Set(CoreSettings.Description, "fixture");
    }
}
