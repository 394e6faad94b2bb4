using System.Globalization;
using System.Text;

namespace WorkspaceConfigurator.Diff;

/// <summary>
/// How a value of a change is shown: in full for machines (JSON), shortened to one line for people. Credentials
/// are never shown, only that they are there.
/// </summary>
internal static class HubValueText
{
    /// <summary>The longest value a change line shows before it is cut with an ellipsis.</summary>
    public const int MaxWidth = 60;

    public const string Absent = "(none)";

    public const string Hidden = "(hidden)";

    /// <summary>One line for people: absent, null, <c>(N lines)</c> for text of several lines, or the value cut to <see cref="MaxWidth"/> (a line break left in it is escaped when printed).</summary>
    public static string Short(HubValue? value) => value switch
    {
        null => Absent,
        HubText { Text: { } text } when LineCount(text) > 1 => $"({LineCount(text).ToString(CultureInfo.InvariantCulture)} lines)",
        _ => Cut(Flow(value)),
    };

    /// <summary>The whole value for machines: null when absent or null, the text of a scalar, a flow form of a list or mapping.</summary>
    public static string? Full(HubValue? value) => value switch
    {
        null or HubText { Text: null } => null,
        HubText { Text: { } text } => text,
        _ => Flow(value),
    };

    /// <summary>YAML's flow form, e.g. <c>[a, b]</c>, <c>{name: x, size: 1Gi}</c>; text of several lines stays as it is.</summary>
    public static string Flow(HubValue value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, HubValue value)
    {
        switch (value)
        {
            case HubText { Text: null }:
                text.Append("null");
                break;
            case HubText { Text: "" }:
                text.Append("\"\"");
                break;
            case HubText { Text: { } scalar }:
                text.Append(scalar);
                break;
            case HubSecret:
                text.Append(Hidden);
                break;
            case HubList list:
                text.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Append(text.Append(i == 0 ? "" : ", "), list.Items[i]);
                }

                text.Append(']');
                break;
            case HubMap map:
                text.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    Append(text.Append(i == 0 ? "" : ", ").Append(map.Entries[i].Key).Append(": "), map.Entries[i].Value);
                }

                text.Append('}');
                break;
            default:
                throw new InvalidOperationException(value.GetType().Name);
        }
    }

    // "a\nb\n" is two lines, as an editor counts them.
    private static int LineCount(string text)
    {
        var breaks = text.Count(c => c == '\n');
        return text.EndsWith('\n') ? breaks : breaks + 1;
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxWidth)
        {
            return text;
        }

        // Never between the two halves of a surrogate pair: a lone half would be escaped as garbage.
        var end = MaxWidth - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end), "…");
    }
}
