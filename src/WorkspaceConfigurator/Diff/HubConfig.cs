namespace WorkspaceConfigurator.Diff;

/// <summary>A whole config.yml: its profiles in the file's order, keys unique.</summary>
internal sealed record HubConfig(IReadOnlyList<HubProfile> Profiles);
