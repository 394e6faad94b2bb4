using WorkspaceConfigurator.Profiles;

namespace Fixtures.NoEntryPoint;

/// <summary>A profile nobody registers: the assembly has no IProfileRegistrar.</summary>
public sealed class ForgottenProfile : Profile
{
    public override string Slug => "forgotten";

    public override string DisplayName => "Forgotten";

    public override string Description => "fixture";

    public override string Image => "example.org/forgotten:1";
}
