using System.Text.Json.Serialization;

namespace WorkspaceConfigurator.Cli.Output;

internal sealed record DiffJsonSummary(
    [property: JsonPropertyName("changes")] int Changes,
    [property: JsonPropertyName("profiles")] int Profiles,
    [property: JsonPropertyName("next-start")] int NextStart,
    [property: JsonPropertyName("not-applied")] int NotApplied,
    [property: JsonPropertyName("data-loss")] int DataLoss);
