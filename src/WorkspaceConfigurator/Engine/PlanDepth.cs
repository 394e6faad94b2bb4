namespace WorkspaceConfigurator.Engine;

/// <summary>How far a plan goes: settings only (<c>list</c>), built specs (<c>describe</c>), or built and checked (everything that writes).</summary>
internal enum PlanDepth
{
    Settings,
    Built,
    Checked,
}
