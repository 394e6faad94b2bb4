using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>Turns one YAML node tree into JSON; one instance per document (it tracks the open path).</summary>
internal sealed class Yaml11Converter(Yaml11Dialect dialect)
{
    private const string CoreTag = "tag:yaml.org,2002:";

    // Nodes being converted on the current path: an alias back to one of them would recurse forever.
    private readonly HashSet<YamlNode> _open = new(ReferenceEqualityComparer.Instance);

    public JToken Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => Nested(sequence, () => Sequence(sequence)),
        YamlMappingNode mapping => Nested(mapping, () => Mapping(mapping)),
        _ => throw new InvalidDataException($"unsupported YAML node {node.NodeType} (line {node.Start.Line})"),
    };

    private JToken Nested(YamlNode node, Func<JToken> convert)
    {
        if (!_open.Add(node))
        {
            throw new InvalidDataException($"recursive alias (line {node.Start.Line})");
        }

        try
        {
            return convert();
        }
        finally
        {
            _open.Remove(node);
        }
    }

    private JArray Sequence(YamlSequenceNode sequence)
    {
        RequireCollectionTag(sequence, "seq");
        return new JArray(sequence.Children.Select(Convert));
    }

    private JObject Mapping(YamlMappingNode mapping)
    {
        RequireCollectionTag(mapping, "map");
        var result = new JObject();
        var merged = new List<JObject>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (IsMergeKey(keyNode))
            {
                merged.AddRange(MergeSources(valueNode));
                continue;
            }

            var key = Key(keyNode);
            if (result.ContainsKey(key))
            {
                throw new InvalidDataException($"duplicate mapping key '{key}' (line {keyNode.Start.Line})");
            }

            result.Add(key, Convert(valueNode));
        }

        // Merge-key semantics: explicit keys win; among merged mappings the first one listed wins.
        foreach (var property in merged.SelectMany(source => source.Properties()))
        {
            if (!result.ContainsKey(property.Name))
            {
                result.Add(property.Name, property.Value);
            }
        }

        return result;
    }

    private static bool IsMergeKey(YamlNode key) =>
        key is YamlScalarNode { Style: ScalarStyle.Plain, Value: "<<" } scalar && scalar.Tag.IsEmpty;

    private IEnumerable<JObject> MergeSources(YamlNode value)
    {
        var sources = value is YamlSequenceNode list ? list.Children.ToList() : [value];
        foreach (var source in sources)
        {
            yield return source is YamlMappingNode && Convert(source) is JObject mapping
                ? mapping
                : throw new InvalidDataException(
                    $"merge key '<<' needs a mapping or a list of mappings (line {value.Start.Line})");
        }
    }

    private string Key(YamlNode keyNode)
    {
        if (keyNode is not YamlScalarNode scalar)
        {
            throw new InvalidDataException(
                $"mapping key at line {keyNode.Start.Line} is a {keyNode.NodeType}; only scalar keys are supported");
        }

        var key = Scalar(scalar);
        return key.Type == JTokenType.String
            ? (string)key!
            : throw new InvalidDataException(
                $"mapping key '{scalar.Value}' (line {scalar.Start.Line}) is read as {key.Type} by {dialect}, "
                + "not as a string; quote it");
    }

    private JToken Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        try
        {
            if (scalar.Tag.IsNonSpecific)
            {
                // "! x": PyYAML resolves it like a plain scalar, go-yaml v2 keeps the text.
                return dialect == Yaml11Dialect.PyYaml ? PyYamlScalars.Resolve(value) : new JValue(value);
            }

            if (!scalar.Tag.IsEmpty)
            {
                return Tagged(scalar.Tag.Value, value);
            }

            // Only plain scalars are typed implicitly: quoted and block scalars are always strings.
            return scalar.Style == ScalarStyle.Plain ? Yaml11.ResolvePlain(value, dialect) : new JValue(value);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{e.Message} (line {scalar.Start.Line})", e);
        }
    }

    private JToken Tagged(string tag, string value)
    {
        if (tag == CoreTag + "str")
        {
            return new JValue(value);
        }

        if (dialect == Yaml11Dialect.PyYaml)
        {
            return PyYamlScalars.Construct(tag, value);
        }

        return tag switch
        {
            CoreTag + "null" => Expect(value, JTokenType.Null, tag),
            CoreTag + "bool" => Expect(value, JTokenType.Boolean, tag),
            CoreTag + "int" => Expect(value, JTokenType.Integer, tag),
            CoreTag + "float" => GoYamlV2Scalars.Resolve(value) is { Type: JTokenType.Integer or JTokenType.Float } n
                ? new JValue(n.Value<double>())
                : throw NotA(tag, value),
            CoreTag + "timestamp" => new JValue(value), // go-yaml v2 hands timestamps to interface{} as text
            _ => throw new InvalidDataException($"unsupported tag '{tag}' on '{value}'"),
        };
    }

    private static JToken Expect(string value, JTokenType type, string tag) =>
        GoYamlV2Scalars.Resolve(value) is var token && token.Type == type ? token : throw NotA(tag, value);

    private static InvalidDataException NotA(string tag, string value) => new($"'{value}' is not a valid {tag}");

    private static void RequireCollectionTag(YamlNode node, string expected)
    {
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && node.Tag.Value != CoreTag + expected)
        {
            throw new InvalidDataException($"unsupported tag '{node.Tag.Value}' (line {node.Start.Line})");
        }
    }
}
