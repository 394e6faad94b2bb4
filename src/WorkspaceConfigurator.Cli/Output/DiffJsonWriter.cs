using System.Text.Json;
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
