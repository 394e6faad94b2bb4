namespace WorkspaceConfigurator.Engine;

/// <summary>A setting, map entry (<c>env.X</c>) or named item (<c>config_maps.motd</c>) and every rung's word on it, highest first.</summary>
internal sealed record FieldHistory(string Field, IReadOnlyList<LayerLine> Lines);
