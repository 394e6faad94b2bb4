namespace WorkspaceConfigurator.Diff;

/// <summary>One profile of a config.yml: the key it is matched by (its slug, or its id) and everything it says.</summary>
internal sealed record HubProfile(string Key, HubMap Fields)
{
    /// <summary>What people call it: the display name when there is one.</summary>
    public string DisplayName => (Fields["definition"] as HubMap)?.Text("display_name") ?? Key;
}
