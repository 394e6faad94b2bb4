namespace WorkspaceConfigurator.Layers;

/// <summary>One change a layer makes to a map setting (env, node_selector, extra_resource_limits). Layers apply their ops lowest first.</summary>
internal sealed record MapOp(string Field, MapOpKind Kind, string? Key, ScalarInput? Value, SettingSource Source, InputSite Site);
