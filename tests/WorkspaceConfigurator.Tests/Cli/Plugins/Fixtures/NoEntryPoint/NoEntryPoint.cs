using WorkspaceConfigurator.Contract;

namespace Fixtures.NoEntryPoint;

/// <summary>A profile nobody registers: the assembly has no IProfileRegistrar.</summary>
public sealed class ForgottenProfile : Profile
{
    public override string Slug => "forgotten";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Forgotten");
        settings.Set(CoreSettings.Description, "fixture");
        settings.Set(CoreSettings.Image, "example.org/forgotten:1");
    }
}
