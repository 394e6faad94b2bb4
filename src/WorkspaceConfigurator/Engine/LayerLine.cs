namespace WorkspaceConfigurator.Engine;

/// <summary>One rung's word on one field: what it says, where it was said, and whether it wins.</summary>
internal sealed record LayerLine(string Shown, string Origin, LayerLineKind Kind);
