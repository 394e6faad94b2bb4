namespace WorkspaceConfigurator.Profiles.Common;

/// <summary>The settings of the built-in families' workspace volume, declared by <see cref="WorkspaceProfile"/>.</summary>
public static class WorkspaceSettings
{
    /// <summary>The claim that holds every user's home.</summary>
    public static SettingKey<string> HomeClaimName { get; } = new("home_claim_name", SettingTypes.ClaimName, "claim of the home volume (renaming it gives every user an empty home)");

    public static SettingKey<Quantity> WorkspaceVolumeSize { get; } = new("workspace_volume_size", SettingTypes.Size, "size of the workspace (home) volume");
}
