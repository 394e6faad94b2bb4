namespace WorkspaceConfigurator.Resolve;

/// <summary>One entry the layers give a map setting (env, node_selector, extra_resource_limits), as it ends up.</summary>
internal sealed record ResolvedMapEntry(string Key, object Value, SettingSource Source);
