using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.SitePatches;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Engine;

/// <summary>One rung's word on one field: what it says, where it was said, and whether it wins.</summary>
internal sealed record LayerLine(string Shown, string Origin, LayerLineKind Kind);
