using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// Builds the node tree of one values file from YamlDotNet's parsing events, enforcing the values-file rules as the
/// events arrive: one document, text keys given once, no merge keys, no tags, bounded depth and alias expansion.
/// A file of Kubernetes objects (<c>manifest_file</c>) is read by the same rules, except that it may hold several
/// documents.
/// Open mappings and lists sit on an explicit stack rather than the call stack, and every limit is checked before
/// the parser is asked for more, so that hostile input stops early instead of being read through.
/// </summary>
internal sealed class ValuesTreeBuilder
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private readonly string fileName;
    private readonly ValuesReadLimits limits;
    private readonly bool manyDocuments;
    private readonly List<Frame> open = [];
    private readonly Dictionary<string, Anchor> anchors = new(StringComparer.Ordinal);
    private readonly List<ValuesNode> documents = [];
    private long expandedNodes; // every node, with each alias counting the nodes it repeats (over all documents)
    private ValuesNode? root;
    private bool documentSeen;

    private ValuesTreeBuilder(string fileName, ValuesReadLimits limits, bool manyDocuments)
    {
        this.fileName = fileName;
        this.limits = limits;
        this.manyDocuments = manyDocuments;
    }

    /// <summary>The root node of the single document, or null when there is none or it is empty.</summary>
    public static ValuesNode? Build(string text, string fileName, ValuesReadLimits limits)
    {
        var builder = Run(text, fileName, limits, manyDocuments: false);
        return builder.documents.Count > 0 ? builder.documents[0] : null;
    }

    /// <summary>The root node of every document that is not empty, in order.</summary>
    public static IReadOnlyList<ValuesNode> BuildDocuments(string text, string fileName, ValuesReadLimits limits) =>
        Run(text, fileName, limits, manyDocuments: true).documents;

    private static ValuesTreeBuilder Run(string text, string fileName, ValuesReadLimits limits, bool manyDocuments)
    {
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        var builder = new ValuesTreeBuilder(fileName, limits, manyDocuments);
        try
        {
            builder.Consume(new Parser(scanner));
        }
        catch (YamlException e)
        {
            // Some scanner errors (a tab as indentation) come without a position: the scanner stopped where the problem is.
            var at = e.Start.Equals(YamlDotNet.Core.Mark.Empty) && e.End.Equals(YamlDotNet.Core.Mark.Empty) ? scanner.CurrentPosition : e.Start;
            throw builder.Error(at, "", $"invalid YAML: {ValuesPath.Printable(e.Message)}", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            // YamlDotNet gives up on some malformed input without a position; where it stopped reading is the best there is.
            throw builder.Error(scanner.CurrentPosition, "", $"invalid YAML: the parser gave up here ({ValuesPath.Printable(e.Message)})", e);
        }

        return builder;
    }

    private void Consume(IParser parser)
    {
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentStart start:
                    if (documentSeen && !manyDocuments)
                    {
                        throw Error(start.Start, "", $"{limits.FileKind} holds one document; found a second one here");
                    }

                    documentSeen = true;
                    break;
                case DocumentEnd:
                    OnDocumentEnd();
                    break;
                case Scalar scalar:
                    OnScalar(scalar);
                    break;
                case AnchorAlias alias:
                    OnAlias(alias);
                    break;
                case MappingStart mapping:
                    OnCollectionStart(mapping, isMapping: true);
                    break;
                case SequenceStart sequence:
                    OnCollectionStart(sequence, isMapping: false);
                    break;
                case MappingEnd or SequenceEnd:
                    OnCollectionEnd();
                    break;
            }
        }
    }

    // An empty document (nothing, or only comments) is none; anchors belong to their document, as YAML has it.
    private void OnDocumentEnd()
    {
        if (root is not null and not ValuesScalar { IsPlain: true, Text.Length: 0 })
        {
            documents.Add(root);
        }

        root = null;
        anchors.Clear();
    }

    private void OnScalar(Scalar scalar)
    {
        var awaitingKey = AwaitingKey;
        RefuseTag(scalar, awaitingKey ? scalar.Value : null);
        CountNodes(1, scalar.Start, awaitingKey ? scalar.Value : null, isAlias: false);
        var node = new ValuesScalar(Mark(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
        if (awaitingKey)
        {
            CheckKey(node, scalar.Style);
        }

        Define(scalar.Anchor, node, 1, scalar.Start, awaitingKey ? scalar.Value : null);
        Place(node, 1);
    }

    private void OnAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (!anchors.TryGetValue(name, out var anchor))
        {
            throw Error(alias.Start, SlotPath(null), $"unknown alias '*{name}'; an alias repeats a value marked '&{name}' earlier in the file");
        }

        if (anchor.Node is null)
        {
            throw Error(alias.Start, SlotPath(null), $"alias '*{name}' is inside the value '&{name}' it repeats (line {anchor.Line}); a value cannot contain itself");
        }

        if (AwaitingKey)
        {
            throw Error(alias.Start, SlotPath(null), "a key must be a plain or quoted text, not an alias");
        }

        CountNodes(anchor.Size, alias.Start, null, isAlias: true);
        Place(anchor.Node, anchor.Size);
    }

    private void OnCollectionStart(NodeEvent start, bool isMapping)
    {
        if (AwaitingKey)
        {
            throw Error(start.Start, SlotPath(null), "a key must be a plain or quoted text");
        }

        RefuseTag(start, null);
        if (open.Count >= limits.MaxDepth)
        {
            throw Error(start.Start, SlotPath(null), $"nested deeper than {limits.MaxDepth} levels (mappings and lists may nest {limits.MaxDepth} deep)");
        }

        CountNodes(1, start.Start, null, isAlias: false);
        var frame = new Frame(Mark(start.Start), isMapping, start.Anchor.IsEmpty ? null : start.Anchor.Value);
        if (frame.Anchor is not null)
        {
            DefineOpen(frame.Anchor, start.Start);
        }

        open.Add(frame);
    }

    private void OnCollectionEnd()
    {
        var frame = open[^1];
        open.RemoveAt(open.Count - 1);
        ValuesNode node = frame.IsMapping
            ? new ValuesMapping(frame.Mark, frame.Entries.ToArray())
            : new ValuesSequence(frame.Mark, frame.Items.ToArray());
        if (frame.Anchor is not null)
        {
            anchors[frame.Anchor] = anchors[frame.Anchor] with { Node = node, Size = frame.Size };
        }

        Place(node, frame.Size);
    }

    // The next node completes is a key of the innermost open mapping.
    private bool AwaitingKey => open.Count > 0 && open[^1] is { IsMapping: true, PendingKey: null };

    private void Place(ValuesNode node, long size)
    {
        if (open.Count == 0)
        {
            root = node;
            return;
        }

        var parent = open[^1];
        parent.Size += size;
        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
        }
        else if (parent.PendingKey is null)
        {
            parent.PendingKey = (ValuesScalar)node; // keys other than scalars were refused as they started
        }
        else
        {
            parent.Entries.Add(new ValuesEntry(parent.PendingKey, node));
            parent.PendingKey = null;
        }
    }

    private void CheckKey(ValuesScalar key, ScalarStyle style)
    {
        var mapping = open[^1];
        if (style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            throw Error(key.Mark, SlotPath(key.Text), "a key must be a plain or quoted text, not a block ('|' or '>')");
        }

        if (key.IsPlain && key.Text.Length == 0)
        {
            throw Error(key.Mark, SlotPath(null), "a key must be a plain or quoted text; this one is empty");
        }

        if (key.IsPlain && key.Text == "<<")
        {
            throw Error(key.Mark, SlotPath(null), "merge keys ('<<') are not supported; list the values, or include a profile with profiles: [...]");
        }

        mapping.KeyLines ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!mapping.KeyLines.TryAdd(key.Text, key.Mark.Line))
        {
            throw Error(key.Mark, SlotPath(key.Text),
                $"duplicate key '{ValuesPath.Printable(key.Text)}' (first at line {mapping.KeyLines[key.Text]}); give each key once");
        }
    }

    private void RefuseTag(NodeEvent node, string? key)
    {
        if (!node.Tag.IsEmpty)
        {
            throw Error(node.Start, SlotPath(key), $"YAML tags are not supported ('{ValuesPath.Printable(AsWritten(node.Tag.Value))}'); write plain values");
        }
    }

    // The tag as the user most likely wrote it: YamlDotNet hands over the resolved form.
    private static string AsWritten(string tag) =>
        tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag[CoreTagPrefix.Length..]
        : tag.StartsWith('!') ? tag
        : $"!<{tag}>";

    private void CountNodes(long count, YamlDotNet.Core.Mark at, string? key, bool isAlias)
    {
        expandedNodes += count;
        if (expandedNodes > limits.MaxNodes)
        {
            throw Error(at, SlotPath(key), isAlias
                ? $"aliases expand to more than {limits.MaxNodes} nodes (an alias bomb?); write the values out"
                : $"the file holds more than {limits.MaxNodes} nodes; split it into several files");
        }
    }

    private void Define(AnchorName anchor, ValuesNode node, long size, YamlDotNet.Core.Mark at, string? key)
    {
        if (!anchor.IsEmpty)
        {
            DefineOpen(anchor.Value, at, key);
            anchors[anchor.Value] = anchors[anchor.Value] with { Node = node, Size = size };
        }
    }

    // PyYAML (the hub's reader) refuses an anchor given twice, and which of the two an alias means would be unclear.
    private void DefineOpen(string name, YamlDotNet.Core.Mark at, string? key = null)
    {
        var line = Mark(at).Line;
        if (!anchors.TryAdd(name, new Anchor(line, null, 0)))
        {
            throw Error(at, SlotPath(key), $"anchor '&{name}' is defined twice (first at line {anchors[name].Line}); give each anchor its own name");
        }
    }

    /// <summary>
    /// The path of the node about to be placed: the keys and indexes of the open collections down to it, and
    /// <paramref name="key"/> when that node is a key with known text.
    /// </summary>
    private string SlotPath(string? key)
    {
        var path = new StringBuilder();
        foreach (var frame in open)
        {
            if (!frame.IsMapping)
            {
                ValuesPath.AppendIndex(path, frame.Items.Count);
            }
            else if (frame.PendingKey is not null)
            {
                ValuesPath.AppendKey(path, frame.PendingKey.Text);
            }
        }

        if (key is not null)
        {
            ValuesPath.AppendKey(path, key);
        }

        return path.ToString();
    }

    private SourceMark Mark(YamlDotNet.Core.Mark mark) =>
        new(fileName, (int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));

    private ValuesFileException Error(YamlDotNet.Core.Mark at, string path, string problem, Exception? inner = null) =>
        new(Mark(at), path, problem, inner: inner);

    private ValuesFileException Error(SourceMark at, string path, string problem) => new(at, path, problem);

    /// <summary>An anchor: where it was defined, and its node and expanded size once the node is complete.</summary>
    private sealed record Anchor(int Line, ValuesNode? Node, long Size);

    /// <summary>A mapping or list being read.</summary>
    private sealed class Frame(SourceMark mark, bool isMapping, string? anchor)
    {
        public SourceMark Mark { get; } = mark;

        public bool IsMapping { get; } = isMapping;

        public string? Anchor { get; } = anchor;

        public List<ValuesNode> Items { get; } = [];

        public List<ValuesEntry> Entries { get; } = [];

        /// <summary>A key read whose value has not come yet.</summary>
        public ValuesScalar? PendingKey { get; set; }

        /// <summary>The first line of each key, to name it when a key comes again.</summary>
        public Dictionary<string, int>? KeyLines { get; set; }

        /// <summary>The nodes this collection stands for, itself included, aliases expanded.</summary>
        public long Size { get; set; } = 1;
    }
}
