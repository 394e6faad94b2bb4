using System.Text.Json.Serialization;

namespace WorkspaceConfigurator.Cli.Output;

internal sealed record DiffJsonChange(
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("class")] string Class,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("old")] string? Old,
    [property: JsonPropertyName("new")] string? New,
    [property: JsonPropertyName("reason")] string Reason);
