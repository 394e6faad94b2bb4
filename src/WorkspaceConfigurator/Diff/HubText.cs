namespace WorkspaceConfigurator.Diff;

/// <summary>A scalar; <see cref="Text"/> is null for YAML's null.</summary>
internal sealed record HubText(string? Text) : HubValue
{
    public static HubText Null { get; } = new((string?)null);
}
