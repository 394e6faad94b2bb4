using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>The YAML 1.1 reader whose plain-scalar typing is imitated.</summary>
public enum Yaml11Dialect
{
    /// <summary>PyYAML 6 <c>yaml.safe_load</c>: how the Application Hub reads config.yml.</summary>
    PyYaml,

    /// <summary>go-yaml v2 behind sigs.k8s.io/yaml: how kubectl and the API server read manifests.</summary>
    GoYamlV2,
}

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

/// <summary>PyYAML 6 SafeLoader: the implicit resolvers of resolver.py and the constructors of constructor.py.</summary>
internal static class PyYamlScalars
{
    private const string CoreTag = "tag:yaml.org,2002:";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // resolver.py, verbatim apart from the anchoring (\z: plain scalars never end with a newline anyway).
    // PyYAML 6 has "\.[0-9][0-9_]*" (older releases "\.[0-9_]+", which made "._" a float); "1e3" is no float (the exponent needs a sign).
    private static readonly Regex Bool = new(
        @"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\z", Options);

    private static readonly Regex Float = new(
        @"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?"
        + @"|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
        + @"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*"
        + @"|[-+]?\.(?:inf|Inf|INF)"
        + @"|\.(?:nan|NaN|NAN))\z", Options);

    private static readonly Regex Int = new(
        @"^(?:[-+]?0b[0-1_]+"
        + @"|[-+]?0[0-7_]+"
        + @"|[-+]?(?:0|[1-9][0-9_]*)"
        + @"|[-+]?0x[0-9a-fA-F_]+"
        + @"|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)\z", Options);

    private static readonly Regex Null = new(@"^(?:~|null|Null|NULL|)\z", Options);

    private static readonly Regex Timestamp = new(
        @"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}"
        + @"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
        + @"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)\z", Options);

    // constructor.py's timestamp_regexp: looser than the resolver (it also serves explicit !!timestamp).
    private static readonly Regex TimestampParts = new(
        @"^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})"
        + @"(?:(?:[Tt]|[ \t]+)(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})"
        + @"(?:\.(?<fraction>[0-9]*))?"
        + @"(?:[ \t]*(?<tz>Z|(?<sign>[-+])(?<tzHour>[0-9]{1,2})(?::(?<tzMinute>[0-9]{2}))?))?)?\z", Options);

    public static JToken Resolve(string value)
    {
        // The resolvers' patterns are disjoint, so their registration order does not matter here.
        if (Null.IsMatch(value))
        {
            return JValue.CreateNull();
        }

        if (Bool.IsMatch(value))
        {
            return new JValue(value.ToLowerInvariant() is "yes" or "true" or "on");
        }

        if (Float.IsMatch(value))
        {
            return ConstructFloat(value);
        }

        if (Int.IsMatch(value))
        {
            return ConstructInt(value);
        }

        if (Timestamp.IsMatch(value))
        {
            return ConstructTimestamp(value);
        }

        // "<<" outside a key and "=" resolve to merge/value tags that SafeLoader has no constructor for.
        return value is "<<" or "="
            ? throw new InvalidDataException($"plain '{value}' cannot be constructed by PyYAML's SafeLoader")
            : new JValue(value);
    }

    /// <summary>An explicitly tagged scalar, built the way SafeConstructor does (it does not re-check the resolver patterns).</summary>
    public static JToken Construct(string tag, string value) => tag switch
    {
        CoreTag + "null" => JValue.CreateNull(),
        CoreTag + "bool" => value.ToLowerInvariant() switch
        {
            "yes" or "true" or "on" => new JValue(true),
            "no" or "false" or "off" => new JValue(false),
            _ => throw new InvalidDataException($"'{value}' is not a valid {tag}"),
        },
        CoreTag + "int" => ConstructInt(value),
        CoreTag + "float" => ConstructFloat(value),
        CoreTag + "timestamp" => ConstructTimestamp(value),
        _ => throw new InvalidDataException($"unsupported tag '{tag}' on '{value}'"),
    };

    private static JToken ConstructInt(string text)
    {
        var (negative, body) = SplitSign(text.Replace("_", "", StringComparison.Ordinal));
        var magnitude = body switch
        {
            "0" => Yaml11Numbers.Parse("0", 10),
            _ when body.StartsWith("0b", StringComparison.Ordinal) => Yaml11Numbers.Parse(body[2..], 2),
            _ when body.StartsWith("0x", StringComparison.Ordinal) => Yaml11Numbers.Parse(body[2..], 16),
            _ when body.StartsWith('0') => Yaml11Numbers.Parse(body, 8),
            _ when body.Contains(':') => Yaml11Numbers.Sexagesimal(body.Split(':')),
            _ => Yaml11Numbers.Parse(body, 10),
        };
        return Yaml11Numbers.Integer(negative, magnitude);
    }

    private static JToken ConstructFloat(string text)
    {
        var (negative, body) = SplitSign(text.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant());
        var sign = negative ? -1d : 1d;
        return body switch
        {
            ".inf" => new JValue(sign * double.PositiveInfinity),
            ".nan" => new JValue(double.NaN),
            _ when body.Contains(':') => new JValue(sign * body.Split(':').Aggregate(0d, (sum, part) => sum * 60 + ParseDouble(part, text))),
            _ => new JValue(sign * ParseDouble(body, text)),
        };
    }

    private static JToken ConstructTimestamp(string text)
    {
        var m = TimestampParts.Match(text);
        if (!m.Success)
        {
            throw new InvalidDataException($"'{text}' is not a valid timestamp");
        }

        int Part(string name) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            if (!m.Groups["hour"].Success)
            {
                return new JValue(new DateTime(Part("year"), Part("month"), Part("day"), 0, 0, 0, DateTimeKind.Unspecified));
            }

            // Python keeps microseconds: the first six fraction digits.
            var microseconds = int.Parse(m.Groups["fraction"].Value.PadRight(6, '0')[..6], CultureInfo.InvariantCulture);
            var local = new DateTime(
                    Part("year"), Part("month"), Part("day"), Part("hour"), Part("minute"), Part("second"), DateTimeKind.Unspecified)
                .AddTicks(microseconds * 10L);
            if (!m.Groups["tz"].Success)
            {
                return new JValue(local);
            }

            var offset = new TimeSpan(Part("tzHour"), Part("tzMinute"), 0);
            return new JValue(new DateTimeOffset(local, m.Groups["sign"].Value == "-" ? -offset : offset));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"'{text}' is not a valid date or time (PyYAML raises on it)");
        }
    }

    private static (bool Negative, string Body) SplitSign(string text) =>
        text.Length > 0 && text[0] is '-' or '+' ? (text[0] == '-', text[1..]) : (false, text);

    private static double ParseDouble(string text, string original) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new InvalidDataException($"'{original}' is not a valid float");
}

/// <summary>go-yaml v2's resolve() for untagged plain scalars, as sigs.k8s.io/yaml decodes them into interface{}.</summary>
internal static class GoYamlV2Scalars
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // strconv.ParseInt(s, 0, 64) after go-yaml removed every underscore (Go >= 1.13 also knows 0o).
    private static readonly Regex Int = new(
        @"^(?<sign>[-+]?)(?:0[xX](?<hex>[0-9a-fA-F]+)|0[bB](?<bin>[01]+)|0[oO](?<oct>[0-7]+)|(?<oct>0[0-7]*)|(?<dec>[1-9][0-9]*))\z",
        Options);

    // go-yaml v2's yamlStyleFloat, tried on the underscore-free text when it is not an integer ("08", "1e3").
    private static readonly Regex StyleFloat = new(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\z", Options);

    // A scalar starting with '.' goes straight to strconv.ParseFloat, which allows '_' only between digits.
    private static readonly Regex DotFloat = new(@"^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+(?:_[0-9]+)*)?\z", Options);

    public static JToken Resolve(string value)
    {
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return JValue.CreateNull();
            case "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON":
                return new JValue(true);
            case "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF":
                return new JValue(false);
            case ".nan" or ".NaN" or ".NAN":
                return new JValue(double.NaN);
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return new JValue(double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF":
                return new JValue(double.NegativeInfinity);
        }

        // go-yaml v2 dispatches on the first character: only '.', signs and digits can start a number.
        return value[0] switch
        {
            '.' when DotFloat.IsMatch(value) => FiniteOrText(value.Replace("_", "", StringComparison.Ordinal), value),
            '+' or '-' or (>= '0' and <= '9') => Number(value),
            _ => new JValue(value),
        };
    }

    private static JToken Number(string value)
    {
        var plain = value.Replace("_", "", StringComparison.Ordinal);
        var m = Int.Match(plain);
        if (m.Success && Magnitude(m) is { Exact: { } magnitude } parsed)
        {
            // ParseInt takes the int64 range; ParseUint the rest of uint64, but without a sign.
            var negative = m.Groups["sign"].Value == "-";
            var fitsInt64 = negative ? magnitude <= 1UL << 63 : magnitude <= long.MaxValue;
            if (fitsInt64 || m.Groups["sign"].Value.Length == 0)
            {
                return Yaml11Numbers.Integer(negative, parsed);
            }
        }

        return StyleFloat.IsMatch(plain) ? FiniteOrText(plain, value) : new JValue(value);
    }

    private static Yaml11Numbers.Magnitude Magnitude(Match m) =>
        m.Groups["hex"].Success ? Yaml11Numbers.Parse(m.Groups["hex"].Value, 16)
        : m.Groups["bin"].Success ? Yaml11Numbers.Parse(m.Groups["bin"].Value, 2)
        : m.Groups["oct"].Success ? Yaml11Numbers.Parse(m.Groups["oct"].Value, 8)
        : Yaml11Numbers.Parse(m.Groups["dec"].Value, 10);

    // strconv.ParseFloat fails with ErrRange beyond double's range, and go-yaml then keeps the text.
    private static JToken FiniteOrText(string number, string text) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? new JValue(d)
            : new JValue(text);
}

/// <summary>Integer arithmetic shared by both dialects: exact up to 64 bits, approximate beyond.</summary>
internal static class Yaml11Numbers
{
    /// <summary>An unsigned integer value; <see cref="Exact"/> is null when it needs more than 64 bits.</summary>
    internal readonly record struct Magnitude(ulong? Exact, double Approximate);

    /// <summary>Digits in a radix (no sign, no prefix); empty or out-of-radix digits are invalid.</summary>
    public static Magnitude Parse(string digits, int radix)
    {
        if (digits.Length == 0)
        {
            throw new InvalidDataException("an integer needs at least one digit");
        }

        var result = new Magnitude(0, 0);
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => radix,
            };
            result = digit < radix
                ? Append(result, (ulong)radix, (ulong)digit)
                : throw new InvalidDataException($"'{digits}' is not a base-{radix} integer");
        }

        return result;
    }

    /// <summary>YAML 1.1 base-60 integers such as 1:20 (= 80): decimal parts, most significant first.</summary>
    public static Magnitude Sexagesimal(IEnumerable<string> parts) =>
        parts.Select(p => Parse(p, 10)).Aggregate(
            new Magnitude(0, 0),
            (sum, part) => part.Exact is { } exact ? Append(sum, 60, exact) : new Magnitude(null, (sum.Approximate * 60) + part.Approximate));

    /// <summary>long when it fits, else ulong, else a double approximation (the Newtonsoft.Json 9 that NJsonSchema brings has no BigInteger).</summary>
    public static JValue Integer(bool negative, Magnitude magnitude)
    {
        const ulong int64MinMagnitude = 1UL << 63;
        return (magnitude.Exact, negative) switch
        {
            ({ } m, false) when m <= long.MaxValue => new JValue((long)m),
            ({ } m, false) => new JValue(m),
            (int64MinMagnitude, true) => new JValue(long.MinValue),
            ({ } m, true) when m < int64MinMagnitude => new JValue(-(long)m),
            _ => new JValue(negative ? -magnitude.Approximate : magnitude.Approximate),
        };
    }

    private static Magnitude Append(Magnitude value, ulong radix, ulong digit)
    {
        var approximate = (value.Approximate * radix) + digit;
        if (value.Exact is not { } exact)
        {
            return new Magnitude(null, approximate);
        }

        return exact <= (ulong.MaxValue - digit) / radix
            ? new Magnitude((exact * radix) + digit, approximate)
            : new Magnitude(null, approximate);
    }
}
