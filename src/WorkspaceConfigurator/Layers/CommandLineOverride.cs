namespace WorkspaceConfigurator.Layers;

/// <summary>A per-profile command-line value: <c>--override SLUG:FIELD=VALUE</c> (and its delete forms) or <c>--node-selector</c>.</summary>
internal sealed record CommandLineOverride(string Slug, string Field, string? MapKey, OverrideAction Action, string Value, string Given)
{
    public string FieldText => MapKey is null ? Field : $"{Field}.{MapKey}";
}
