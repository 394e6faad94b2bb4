using System.Globalization;
using System.Text;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Write;

/// <summary>
/// The one place that prints YAML: block style, keys in the order given, two-space indentation, sequences
/// flush with their key (as kubectl writes them), multi-line strings as literal blocks, every other string
/// quoted when a reader could take it for something else, LF line endings. Same tree, same bytes.
/// </summary>
internal sealed class YamlWriter
{
    /// <summary>
    /// The longest key written as an implicit key (<c>key: value</c>). PyYAML and go-yaml (as libyaml) refuse a
    /// longer one ("could not find expected ':'"), so a longer key is written as an explicit key (<c>? key</c>, then
    /// <c>: value</c> on the next line), which both read: an env name or a manifest key of any length stays readable.
    /// </summary>
    public const int MaxImplicitKeyLength = 1024;

    private readonly StringBuilder output;

    public YamlWriter(StringBuilder output) => this.output = output;

    /// <summary>
    /// One item of a block sequence at <paramref name="indent"/>, as <see cref="WriteDocument"/> writes it inside a
    /// sequence: for documents written an item at a time, so the items need not all be in memory at once.
    /// </summary>
    public void WriteSequenceItem(YamlNode item, int indent)
    {
        output.Append(' ', indent).Append('-');
        WriteValue(item, indent, isSequenceItem: true);
    }

    /// <summary>Writes one document (no <c>---</c> marker).</summary>
    public static string Write(YamlNode root)
    {
        var builder = new StringBuilder();
        new YamlWriter(builder).WriteDocument(root);
        return builder.ToString();
    }

    public void WriteDocument(YamlNode root)
    {
        switch (root)
        {
            case YamlMapping { Entries.Count: > 0 } mapping:
                WriteMapping(mapping, 0);
                break;
            case YamlSequence { Items.Count: > 0 } sequence:
                WriteSequence(sequence, 0);
                break;
            default:
                WriteInline(root);
                output.Append('\n');
                break;
        }
    }

    /// <summary>
    /// A comment line. A comment cannot hold escapes, and YAML readers refuse control characters anywhere in a
    /// stream, so user text in it (a display name) is escaped as in messages: it stays one line and readable.
    /// </summary>
    public void WriteComment(string text)
    {
        output.Append("# ");
        foreach (var c in Errors.TerminalText.Escape(text))
        {
            // What the terminal escaping leaves that YAML still refuses: U+FEFF, U+FFFE and U+FFFF.
            _ = YamlScalarRules.IsPrintable(c) ? output.Append(c) : output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        output.Append('\n');
    }

    public void WriteDocumentSeparator() => output.Append("---\n");

    private void WriteMapping(YamlMapping mapping, int indent, bool firstLineIndented = true)
    {
        var first = true;
        var entries = mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (!first || firstLineIndented)
            {
                output.Append(' ', indent);
            }

            first = false;
            var key = Scalar(entry.Key);
            if (key.Length > MaxImplicitKeyLength)
            {
                output.Append("? ").Append(key).Append('\n').Append(' ', indent);
            }
            else
            {
                output.Append(key);
            }

            output.Append(':');
            WriteValue(entry.Value, indent, isSequenceItem: false);
        }
    }

    private void WriteSequence(YamlSequence sequence, int indent)
    {
        var items = sequence.Items;
        for (var i = 0; i < items.Count; i++)
        {
            WriteSequenceItem(items[i], indent);
        }
    }

    // Writes what follows "key:" or "-": inline for scalars and empty collections, else on the next lines.
    private void WriteValue(YamlNode value, int indent, bool isSequenceItem)
    {
        switch (value)
        {
            case YamlMapping { Entries.Count: > 0 } mapping when isSequenceItem:
                output.Append(' ');
                WriteMapping(mapping, indent + 2, firstLineIndented: false);
                break;
            case YamlMapping { Entries.Count: > 0 } mapping:
                output.Append('\n');
                WriteMapping(mapping, indent + 2);
                break;
            case YamlSequence { Items.Count: > 0 } sequence:
                output.Append('\n');
                WriteSequence(sequence, isSequenceItem ? indent + 2 : indent);
                break;
            case YamlScalar { Kind: YamlScalarKind.String } s when YamlScalarRules.SuitsLiteralBlock(s.Text):
                WriteLiteralBlock(s.Text, indent + 2);
                break;
            default:
                output.Append(' ');
                WriteInline(value);
                output.Append('\n');
                break;
        }
    }

    private void WriteInline(YamlNode node)
    {
        output.Append(node switch
        {
            YamlMapping => "{}",
            YamlSequence => "[]",
            YamlScalar { Kind: YamlScalarKind.String } s => Scalar(s.Text),
            YamlScalar s => s.Text,
            _ => throw new InvalidOperationException(node.GetType().Name),
        });
    }

    private void WriteLiteralBlock(string text, int indent)
    {
        var body = text.AsSpan().TrimEnd('\n');
        var trailing = text.Length - body.Length;
        output.Append(trailing switch { 0 => " |-", 1 => " |", _ => " |+" }).Append('\n');
        // Line by line over the text itself: scripts make most of a profile's text, so no line is copied.
        var rest = text.AsSpan(0, body.Length);
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (line.Length > 0)
            {
                output.Append(' ', indent).Append(line);
            }

            output.Append('\n');
            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
        }

        output.Append('\n', Math.Max(0, trailing - 1));
    }

    /// <summary>A string as a plain or double-quoted scalar.</summary>
    public static string Scalar(string value) => YamlScalarRules.CanBePlain(value) ? value : DoubleQuoted(value);

    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (YamlScalarRules.IsPrintable(c) && !char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append(c <= '\xFF' ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
