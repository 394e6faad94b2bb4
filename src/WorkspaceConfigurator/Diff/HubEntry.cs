namespace WorkspaceConfigurator.Diff;

internal sealed record HubEntry(string Key, HubValue Value);
