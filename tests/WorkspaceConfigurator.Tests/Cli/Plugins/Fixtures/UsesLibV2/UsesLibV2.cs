using Versioned;
using WorkspaceConfigurator.Contract;

namespace Fixtures.UsesLibV2;

public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new UsesLibProfile());
}

/// <summary>Shows, in its display name, the version of VersionedLib it sees at run time.</summary>
public sealed class UsesLibProfile : Profile
{
    public override string Slug => "uses-lib-v2";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, $"Uses {VersionedLib.Identity}");
        settings.Set(CoreSettings.Description, "fixture");
        settings.Set(CoreSettings.Image, "example.org/uses-lib:2");
    }
}
