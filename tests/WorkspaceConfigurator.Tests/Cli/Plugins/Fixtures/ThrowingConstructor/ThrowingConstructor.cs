using WorkspaceConfigurator.Contract;

namespace Fixtures.ThrowingConstructor;

public sealed class Registrar : IProfileRegistrar
{
    public void Register(IProfileRegistry registry) => registry.Add(new BrokenProfile());
}

public sealed class BrokenProfile : Profile
{
    public BrokenProfile() => throw new InvalidOperationException("licence file missing");

    public override string Slug => "broken";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Broken");
        settings.Set(CoreSettings.Description, "fixture");
        settings.Set(CoreSettings.Image, "example.org/broken:1");
    }
}
