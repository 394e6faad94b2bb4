namespace WorkspaceConfigurator.Diff;

internal sealed record HubList(ValueList<HubValue> Items) : HubValue;
