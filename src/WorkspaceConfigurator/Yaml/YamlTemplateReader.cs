using System.Runtime.CompilerServices;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Yaml;

/// <summary>
/// Reads multi-document YAML templates (manifest assets) into <see cref="YamlNode"/> trees, resolving plain
/// scalars the way the hub's PyYAML reader does (YAML 1.1), so that writing them back keeps their meaning.
/// </summary>
public static class YamlTemplateReader
{
    /// <summary>Every non-empty document; throws <see cref="FormatException"/> with the line of a syntax error.</summary>
    public static IReadOnlyList<YamlNode> ReadDocuments(string text) => BlockYamlReader.TryRead(text) ?? ReadWithYamlDotNet(text);

    // Kept out of ReadDocuments so that YamlDotNet is loaded only when a template is outside the block subset.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static IReadOnlyList<YamlNode> ReadWithYamlDotNet(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FormatException($"invalid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // The parser gives up on some malformed input (control characters, odd events) without a position.
            throw new FormatException($"invalid YAML: {e.Message}", e);
        }

        var documents = new List<YamlNode>(stream.Documents.Count);
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlScalarNode { Value: null or "" })
            {
                documents.Add(Convert(document.RootNode));
            }
        }

        return documents;
    }

    private static YamlNode Convert(YamlDotNet.RepresentationModel.YamlNode node) => node switch
    {
        YamlMappingNode m => Mapping(m),
        YamlSequenceNode s => Sequence(s),
        YamlScalarNode s => Scalar(s),
        _ => throw new FormatException($"unsupported YAML node at line {node.Start.Line}"),
    };

    private static YamlMapping Mapping(YamlMappingNode mapping)
    {
        var entries = new List<YamlEntry>(mapping.Children.Count);
        foreach (var (key, value) in mapping.Children)
        {
            entries.Add(new YamlEntry(Key(key), Convert(value)));
        }

        return new YamlMapping(entries.ToValueList());
    }

    private static YamlSequence Sequence(YamlSequenceNode sequence)
    {
        var items = new List<YamlNode>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            items.Add(Convert(item));
        }

        return new YamlSequence(items.ToValueList());
    }

    private static string Key(YamlDotNet.RepresentationModel.YamlNode key)
    {
        if (key is YamlScalarNode { Style: ScalarStyle.Plain, Value: "<<" })
        {
            // PyYAML would merge the aliased mapping here; we would write the key back as a string and lose it.
            throw new FormatException($"merge key '<<' at line {key.Start.Line} is not supported; write the entries out");
        }

        return key is YamlScalarNode s && Scalar(s) is { Kind: YamlScalarKind.String } k
            ? k.Text
            : throw new FormatException($"mapping key at line {key.Start.Line} is not a string; quote it");
    }

    private static YamlScalar Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var explicitString = !scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str";
        if (scalar.Style != ScalarStyle.Plain || explicitString)
        {
            return YamlNode.Str(text);
        }

        return PlainScalarResolver.Resolve(text);
    }
}
