using System.Globalization;
using System.Text;
using WorkspaceConfigurator.Diff;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// <c>wsconf diff</c> for people: the changes grouped by profile, one line each
/// (<c>  data loss    volumes[workspace-volume].claim_name: workspace-claim → home — every user gets an empty home: ...</c>),
/// then a summary line. Everything quoted from the files is escaped, so a line stays one line.
/// </summary>
internal static class DiffTextWriter
{
    private static readonly int LabelWidth = ChangeClasses.All.Max(c => c.Label().Length);

    public static string Write(DiffReport report)
    {
        var text = new StringBuilder();
        string? profile = null;
        foreach (var change in report.Changes)
        {
            if (change.Profile != profile)
            {
                profile = change.Profile;
                text.Append(TerminalText.Escape(profile)).Append('\n');
            }

            text.Append("  ").Append(change.Class.Label().PadRight(LabelWidth)).Append("  ")
                .Append(TerminalText.Escape(change.Field)).Append(": ")
                .Append(TerminalText.Escape(Values(change.Old, change.New)))
                .Append(" — ").Append(TerminalText.Escape(change.Reason)).Append('\n');
        }

        return text.Append(Summary(report)).Append('\n').ToString();
    }

    /// <summary><c>3 changes in 2 profiles: 1 next start, 1 not applied to existing users, 1 data loss</c>, or <c>no changes</c>.</summary>
    public static string Summary(DiffReport report)
    {
        if (report.Changes.Count == 0)
        {
            return "no changes";
        }

        var counts = string.Join(", ", ChangeClasses.All.Select(c => $"{Number(report.Count(c))} {c.SummaryName()}"));
        return $"{Counted(report.Changes.Count, "change")} in {Counted(report.ProfileCount, "profile")}: {counts}";
    }

    // Two values that look alike once shortened (text of as many lines, credentials) would read as no change.
    private static string Values(HubValue? old, HubValue? current)
    {
        var before = HubValueText.Short(old);
        var after = HubValueText.Short(current);
        return before == after ? "(changed)" : $"{before} → {after}";
    }

    private static string Counted(int count, string noun) => $"{Number(count)} {noun}{(count == 1 ? "" : "s")}";

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
