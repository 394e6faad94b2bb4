using WorkspaceConfigurator.Catalog;

namespace WorkspaceConfigurator.Resolve;

/// <summary>
/// What a class (and its family classes) sets itself, above <c>global:</c>. <paramref name="IsRoot"/> marks the class
/// whose hooks run: its hooks' maps and items sit at this rung.
/// </summary>
internal sealed record ClassRung(ProfileRegistration Registration, bool IsRoot) : Rung
{
    public override string Name => $"class {Registration.Profile.GetType().Name}";
}
