namespace WorkspaceConfigurator.Resolve;

/// <summary>wsconf's base defaults (what the <c>Profile</c> base class declares), the lowest rung; the same on every ladder.</summary>
internal sealed record BaseRung : Rung
{
    public static BaseRung Instance { get; } = new();

    public override string Name => "default";
}
