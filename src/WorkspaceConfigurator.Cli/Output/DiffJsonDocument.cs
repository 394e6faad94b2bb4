using System.Text.Json.Serialization;

namespace WorkspaceConfigurator.Cli.Output;

internal sealed record DiffJsonDocument(
    [property: JsonPropertyName("changes")] IReadOnlyList<DiffJsonChange> Changes,
    [property: JsonPropertyName("summary")] DiffJsonSummary Summary);
