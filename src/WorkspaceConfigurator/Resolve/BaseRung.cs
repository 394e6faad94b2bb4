namespace WorkspaceConfigurator.Resolve;

/// <summary>wsconf's base defaults (what the <c>Profile</c> base class declares), the lowest rung.</summary>
internal sealed record BaseRung(Profile? Profile) : Rung
{
    public override string Name => "default";
}
