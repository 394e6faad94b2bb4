using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace WorkspaceConfigurator.Tests.Support;

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
