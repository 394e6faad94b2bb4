using System.Text.Json;
using System.Text.Json.Serialization;
using WorkspaceConfigurator.Diff;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// <c>wsconf diff --format json</c>: <c>{"changes":[{profile, class, field, old, new, reason}], "summary":{...}}</c>.
/// Values are whole (text of several lines included; credentials never), null when absent; the keys and their
/// order are fixed, so scripts can rely on them.
/// </summary>
internal static class DiffJsonWriter
{
    public static string Write(DiffReport report)
    {
        var changes = new List<DiffJsonChange>(report.Changes.Count);
        foreach (var change in report.Changes)
        {
            changes.Add(new DiffJsonChange(change.Profile, change.Class.Name(), change.Field,
                HubValueText.Full(change.Old), HubValueText.Full(change.New), change.Reason));
        }

        var summary = new DiffJsonSummary(report.Changes.Count, report.ProfileCount,
            report.Count(ChangeClass.NextStart), report.Count(ChangeClass.NotApplied), report.Count(ChangeClass.DataLoss));
        return JsonSerializer.Serialize(new DiffJsonDocument(changes, summary), DiffJsonContext.Default.DiffJsonDocument) + "\n";
    }
}

internal sealed record DiffJsonDocument(
    [property: JsonPropertyName("changes")] IReadOnlyList<DiffJsonChange> Changes,
    [property: JsonPropertyName("summary")] DiffJsonSummary Summary);

internal sealed record DiffJsonChange(
    [property: JsonPropertyName("profile")] string Profile,
    [property: JsonPropertyName("class")] string Class,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("old")] string? Old,
    [property: JsonPropertyName("new")] string? New,
    [property: JsonPropertyName("reason")] string Reason);

internal sealed record DiffJsonSummary(
    [property: JsonPropertyName("changes")] int Changes,
    [property: JsonPropertyName("profiles")] int Profiles,
    [property: JsonPropertyName("next-start")] int NextStart,
    [property: JsonPropertyName("not-applied")] int NotApplied,
    [property: JsonPropertyName("data-loss")] int DataLoss);

// Source-generated: no reflection over the types at run time, and the same output in a trimmed or precompiled build.
// The default encoder stays: it writes every character that is not plain ASCII as \uXXXX, so a report printed on
// a terminal carries no escape sequence or bidi control from the files.
[JsonSourceGenerationOptions(WriteIndented = true, NewLine = "\n")]
[JsonSerializable(typeof(DiffJsonDocument))]
internal sealed partial class DiffJsonContext : JsonSerializerContext;
