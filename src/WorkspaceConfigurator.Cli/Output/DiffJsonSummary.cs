using System.Text.Json;
using System.Text.Json.Serialization;
using WorkspaceConfigurator.Diff;

namespace WorkspaceConfigurator.Cli.Output;

internal sealed record DiffJsonSummary(
    [property: JsonPropertyName("changes")] int Changes,
    [property: JsonPropertyName("profiles")] int Profiles,
    [property: JsonPropertyName("next-start")] int NextStart,
    [property: JsonPropertyName("not-applied")] int NotApplied,
    [property: JsonPropertyName("data-loss")] int DataLoss);
