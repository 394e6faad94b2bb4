using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace WorkspaceConfigurator.Tests.Support;

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
