using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Yaml;

/// <summary>
/// Reads the plain block-style YAML manifest templates are written in (Kubernetes style) without loading a general
/// YAML parser, whose start-up cost is larger than the reading itself. It accepts a deliberately small subset and
/// answers null for anything outside it (or anything malformed, or nested deeper than the strict reader allows), so
/// that the strict reader reads the text and reports its errors instead: it never guesses, and everything the strict
/// reader refuses or bounds (tags, anchors, aliases, merge keys, depth) is outside the subset.
/// </summary>
/// <remarks>
/// The subset: documents separated by <c>---</c> (and ended by <c>...</c>); comment lines and comments after
/// whitespace; block mappings and sequences (sequences may sit at their key's indentation, and a sequence item may
/// start a mapping); single-line plain, single-quoted and double-quoted scalars (escapes <c>\\ \" \n \t</c> only);
/// literal block scalars with <c>|</c>, <c>|-</c> or <c>|+</c>; <c>[]</c> and <c>{}</c>. Not in it: tabs, control
/// characters, CR, anchors, aliases, tags, directives, complex keys, flow collections with content, folded or
/// multi-line scalars, indentation indicators, duplicate keys, keys that are not strings.
/// </remarks>
internal sealed class BlockYamlReader
{
    // Longer implicit keys are an error in YAML; leave them to the general parser.
    private const int MaxKeyLength = 1000;

    private readonly string[] lines;
    private readonly bool endsWithLineBreak;
    private readonly int maxDepth;
    private int next; // the line to read next
    private int depth; // the mappings and sequences open, the one being read included

    private BlockYamlReader(string text, int maxDepth)
    {
        this.maxDepth = maxDepth;
        endsWithLineBreak = text.Length == 0 || text[^1] == '\n';
        lines = (endsWithLineBreak && text.Length > 0 ? text[..^1] : text).Split('\n');
    }

    /// <summary>
    /// Every non-empty document, or null when the text is not (entirely) in the subset or nests mappings and
    /// sequences more than <paramref name="maxDepth"/> deep (the top one is level 1). The reader is recursive; the
    /// bound keeps it far from the end of the stack.
    /// </summary>
    public static IReadOnlyList<YamlNode>? TryRead(string text, int maxDepth) =>
        HasOnlyPlainCharacters(text) ? new BlockYamlReader(text, maxDepth).Documents() : null;

    // Printable characters and LF: no tabs, CR, other line breaks, byte order mark or lone surrogates.
    private static bool HasOnlyPlainCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (c != '\n' && (!YamlScalarRules.IsPrintable(c) || char.IsSurrogate(c)))
            {
                return false;
            }
        }

        return true;
    }

    private List<YamlNode>? Documents()
    {
        var documents = new List<YamlNode>();
        var afterRoot = false; // a document's content was read: only a marker or the end may follow
        while (true)
        {
            SkipBlankLines();
            if (next == lines.Length)
            {
                return documents;
            }

            var line = lines[next];
            if (IsMarker(line, "---") || (afterRoot && IsMarker(line, "...")))
            {
                next++;
                afterRoot = false;
                continue;
            }

            if (afterRoot || Indentation(line) != 0 || IsMarkerLike(line) || Collection(0) is not { } root)
            {
                return null;
            }

            documents.Add(root);
            afterRoot = true;
        }
    }

    // A mapping or sequence whose first line is the next one, starting at column.
    private YamlNode? Collection(int column)
    {
        var line = lines[next];
        if (IsSequenceItem(line, column))
        {
            return Sequence(column);
        }

        return IsMappingEntry(line, column) ? Mapping(column) : null;
    }

    private YamlSequence? Sequence(int indent)
    {
        if (!Enter())
        {
            return null;
        }

        var items = new List<YamlNode>();
        while (AtLineOfIndentation(indent) is { } line && IsSequenceItem(line, indent))
        {
            var start = SkipSpaces(line, indent + 1);
            var item = start == line.Length || line[start] == '#'
                ? NestedBlockAfter(indent)
                : InlineValue(line, start, indent, mayStartMapping: true);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        depth--;
        return HasNoDeeperLine(indent) ? new YamlSequence(items.ToValueList()) : null;
    }

    private YamlMapping? Mapping(int column)
    {
        if (!Enter())
        {
            return null;
        }

        var entries = new List<YamlEntry>();
        var line = lines[next]; // the first entry may start after "- "
        while (true)
        {
            if (Entry(line, column) is not { } entry || ContainsKey(entries, entry.Key))
            {
                return null;
            }

            entries.Add(entry);
            if (AtLineOfIndentation(column) is not { } following)
            {
                break;
            }

            line = following;
        }

        depth--;
        return HasNoDeeperLine(column) ? new YamlMapping(entries.ToValueList()) : null;
    }

    // One more level of nesting, unless that is one too many. A null answer ends the whole read, so a level entered
    // is left only on success.
    private bool Enter() => ++depth <= maxDepth;

    private YamlEntry? Entry(string line, int column)
    {
        if (Key(line, column, out var afterColon) is not { } key)
        {
            return null;
        }

        var start = SkipSpaces(line, afterColon);
        if (start < line.Length && line[start] != '#')
        {
            return InlineValue(line, start, column, mayStartMapping: false) is { } inline ? new YamlEntry(key, inline) : null;
        }

        next++;
        // Kubernetes style: a sequence under a key at the key's own indentation.
        SkipBlankLines();
        var value = next < lines.Length && IsSequenceItem(lines[next], column) && Indentation(lines[next]) == column
            ? Sequence(column)
            : NestedBlock(column);
        return value is null ? null : new YamlEntry(key, value);
    }

    private YamlNode? NestedBlockAfter(int parentIndent)
    {
        next++;
        return NestedBlock(parentIndent);
    }

    // The value of "key:" or "-" with nothing after it on the line: a more indented collection, or null.
    private YamlNode? NestedBlock(int parentIndent)
    {
        SkipBlankLines();
        if (next == lines.Length || IsMarkerLike(lines[next]) || Indentation(lines[next]) <= parentIndent)
        {
            return YamlNode.Null;
        }

        return Collection(Indentation(lines[next]));
    }

    // A value starting at column start of the current line, in a collection indented parentIndent.
    private YamlNode? InlineValue(string line, int start, int parentIndent, bool mayStartMapping)
    {
        switch (line[start])
        {
            case '|':
                return LiteralBlock(line, start, parentIndent);
            case '[' or '{':
                return EmptyFlowCollection(line, start);
            case '\'' or '"' when !(mayStartMapping && IsMappingEntry(line, start)):
                return EndsLine(line, Quoted(line, start, out var text)) ? Consume(YamlNode.Str(text!)) : null;
        }

        if (mayStartMapping && IsMappingEntry(line, start))
        {
            return Mapping(start);
        }

        return PlainText(line, start) is { } plain ? Consume(PlainScalarResolver.Resolve(plain)) : null;
    }

    private YamlNode? EmptyFlowCollection(string line, int start)
    {
        if (start + 1 >= line.Length || !EndsLine(line, start + 2) || depth + 1 > maxDepth)
        {
            return null;
        }

        return line.AsSpan(start, 2) switch
        {
            "[]" => Consume(new YamlSequence(ValueList<YamlNode>.Empty)),
            "{}" => Consume(new YamlMapping(ValueList<YamlEntry>.Empty)),
            _ => null,
        };
    }

    // "|", "|-" or "|+" ending the current line, then the lines indented more than parentIndent.
    private YamlScalar? LiteralBlock(string line, int start, int parentIndent)
    {
        var chomping = start + 1 < line.Length && line[start + 1] is '-' or '+' ? line[start + 1] : ' ';
        if (!EndsLine(line, chomping == ' ' ? start + 1 : start + 2))
        {
            return null; // an indentation indicator, or text after the indicator
        }

        next++;
        var indent = BlockIndentation(parentIndent);
        if (indent < 0)
        {
            return null;
        }

        var body = new List<string>();
        var trailingEmpty = 0;
        for (; next < lines.Length; next++)
        {
            var text = lines[next];
            if (text.AsSpan().Trim(' ').IsEmpty)
            {
                if (text.Length > indent)
                {
                    return null; // a line of spaces only, but more than the indentation: readers differ
                }

                trailingEmpty++;
                continue;
            }

            if (Indentation(text) < indent)
            {
                break;
            }

            for (; trailingEmpty > 0; trailingEmpty--)
            {
                body.Add(""); // empty lines inside the block are kept whatever the chomping
            }

            body.Add(text[indent..]);
        }

        if (next == lines.Length && !endsWithLineBreak)
        {
            return null; // the last line has no line break, which chomping would have to take into account
        }

        var content = string.Join('\n', body);
        return YamlNode.Str(chomping switch
        {
            '-' => content,
            '+' => content + new string('\n', trailingEmpty + 1),
            _ => content + '\n',
        });
    }

    // The indentation of a literal block's first non-empty line, or -1 when the block is empty or doubtful: YamlDotNet
    // rejects some leading lines of spaces that YAML allows, so those must be really empty.
    private int BlockIndentation(int parentIndent)
    {
        for (var i = next; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                var indent = Indentation(lines[i]);
                return indent > parentIndent && indent < lines[i].Length ? indent : -1;
            }
        }

        return -1;
    }

    // A mapping key starting at column start, quoted or plain, followed by ':' and a space or the line's end.
    private static string? Key(string line, int start, out int afterColon)
    {
        afterColon = -1;
        if (line[start] is '\'' or '"')
        {
            var end = Quoted(line, start, out var text);
            if (end < 0 || !IsColonAt(line, end))
            {
                return null;
            }

            afterColon = end + 1;
            return text;
        }

        var colon = PlainKeyEnd(line, start);
        if (colon <= start || colon - start > MaxKeyLength || line[colon - 1] == ' ')
        {
            return null;
        }

        var key = line[start..colon];
        afterColon = colon + 1;
        // "<<" and keys that read as numbers, bools or null: the general parser reports them as errors.
        return IsPlain(key) && key != "<<" && PlainScalarResolver.Resolve(key).Kind == YamlScalarKind.String ? key : null;
    }

    // Where a plain key's ':' is, or -1 when the line (from start) holds no mapping indicator before a comment.
    private static int PlainKeyEnd(string line, int start)
    {
        for (var i = start; i < line.Length; i++)
        {
            if (line[i] == '#' && i > start && line[i - 1] == ' ')
            {
                return -1;
            }

            if (IsColonAt(line, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsMappingEntry(string line, int start) => line[start] is '\'' or '"'
        ? Quoted(line, start, out _) is var end && end > 0 && IsColonAt(line, end)
        : PlainKeyEnd(line, start) > start;

    // A plain scalar's text on one line, up to a comment; null when it does not read as exactly that.
    private static string? PlainText(string line, int start)
    {
        var comment = line.IndexOf(" #", start, StringComparison.Ordinal);
        var text = line[start..(comment < 0 ? line.Length : comment)].TrimEnd(' ');
        return IsPlain(text) && !text.Contains(": ", StringComparison.Ordinal) && !text.EndsWith(':') ? text : null;
    }

    // Indicator characters cannot start a plain scalar ("-" can when a non-space follows: "-1", "-foo"). YamlDotNet
    // also stumbles over some of them after a space ("a *b"), so no word may start with one.
    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || (text[0] == '-' && (text.Length == 1 || text[1] == ' ')))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if ((i == 0 || text[i - 1] == ' ') && IsIndicator(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIndicator(char c) =>
        c is '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

    // A quoted scalar on one line: returns the index after the closing quote, or -1.
    private static int Quoted(string line, int start, out string? text)
    {
        text = null;
        var quote = line[start];
        var builder = new System.Text.StringBuilder();
        for (var i = start + 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == quote && quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
            {
                builder.Append('\'');
                i++;
            }
            else if (c == quote)
            {
                text = builder.ToString();
                return i + 1;
            }
            else if (c == '\\' && quote == '"')
            {
                if (i + 1 == line.Length || Unescape(line[++i]) is not { } unescaped)
                {
                    return -1;
                }

                builder.Append(unescaped);
            }
            else
            {
                builder.Append(c);
            }
        }

        return -1; // continues on the next line
    }

    private static char? Unescape(char c) => c switch
    {
        '\\' => '\\',
        '"' => '"',
        'n' => '\n',
        't' => '\t',
        _ => null,
    };

    // Nothing but spaces and perhaps a comment from position on (a comment needs a space before it).
    private static bool EndsLine(string line, int position)
    {
        if (position < 0)
        {
            return false;
        }

        var rest = SkipSpaces(line, position);
        return rest == line.Length || (line[rest] == '#' && rest > position);
    }

    private static bool IsColonAt(string line, int i) => i < line.Length && line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' ');

    private static bool IsSequenceItem(string line, int column) =>
        column < line.Length && line[column] == '-' && (column + 1 == line.Length || line[column + 1] == ' ');

    private static bool ContainsKey(List<YamlEntry> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    private YamlNode Consume(YamlNode node)
    {
        next++;
        return node;
    }

    // The next content line when it is indented exactly indent (and is no document marker), else null.
    private string? AtLineOfIndentation(int indent)
    {
        SkipBlankLines();
        return next < lines.Length && !IsMarkerLike(lines[next]) && Indentation(lines[next]) == indent ? lines[next] : null;
    }

    // A collection ends at a less indented line; a more indented one would be an error or a multi-line scalar.
    private bool HasNoDeeperLine(int indent)
    {
        SkipBlankLines();
        return next == lines.Length || IsMarkerLike(lines[next]) || Indentation(lines[next]) <= indent;
    }

    private void SkipBlankLines()
    {
        while (next < lines.Length && IsBlankOrComment(lines[next]))
        {
            next++;
        }
    }

    private static bool IsBlankOrComment(string line)
    {
        var start = SkipSpaces(line, 0);
        return start == line.Length || line[start] == '#';
    }

    private static int Indentation(string line) => SkipSpaces(line, 0);

    private static int SkipSpaces(string line, int i)
    {
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool IsMarker(string line, string marker) => line.AsSpan().TrimEnd(' ').SequenceEqual(marker);

    // Lines starting with "---" or "..." at column 0 end a document's content; only the bare markers are read.
    private static bool IsMarkerLike(string line) =>
        line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("...", StringComparison.Ordinal);
}
