using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// Reads YAML into JSON tokens the way a YAML 1.1 consumer types it, so tests see what the consumer sees
/// (YamlDotNet alone would hand back every scalar as text). Integers are <see cref="long"/> (or
/// <see cref="ulong"/>, else <see cref="double"/> when larger), floats <see cref="double"/>, PyYAML timestamps
/// JValues of type Date. Mapping keys must read back as strings: anything else throws
/// <see cref="InvalidDataException"/>, as do YAML syntax errors, duplicate keys and unsupported tags.
/// </summary>
public static class Yaml11
{
    /// <summary>Every document of a stream; documents with no content at all are skipped.</summary>
    public static IReadOnlyList<JToken> LoadAll(string yaml, Yaml11Dialect dialect)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"invalid YAML: {e.Message}", e);
        }

        return stream.Documents
            .Where(d => !IsEmptyDocument(d.RootNode))
            .Select(d => new Yaml11Converter(dialect).Convert(d.RootNode))
            .ToList();
    }

    /// <summary>The only document of a stream; zero or several documents throw.</summary>
    public static JToken Load(string yaml, Yaml11Dialect dialect)
    {
        var documents = LoadAll(yaml, dialect);
        return documents.Count == 1
            ? documents[0]
            : throw new InvalidDataException($"expected exactly one YAML document, found {documents.Count}");
    }

    /// <summary>What an untagged plain (unquoted) scalar with this text reads as.</summary>
    public static JToken ResolvePlain(string value, Yaml11Dialect dialect)
    {
        ArgumentNullException.ThrowIfNull(value);
        return dialect switch
        {
            Yaml11Dialect.PyYaml => PyYamlScalars.Resolve(value),
            Yaml11Dialect.GoYamlV2 => GoYamlV2Scalars.Resolve(value),
            _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
        };
    }

    // "---" with nothing after it: an untagged, unquoted empty scalar (an explicit "~" is a null document).
    private static bool IsEmptyDocument(YamlNode root) =>
        root is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" } s && s.Tag.IsEmpty;
}
