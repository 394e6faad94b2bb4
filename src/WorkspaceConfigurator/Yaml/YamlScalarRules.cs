using System.Text.RegularExpressions;

namespace WorkspaceConfigurator.Yaml;

/// <summary>
/// Decides how a string must be written so that every YAML reader our consumers use (PyYAML and go-yaml v2, both
/// YAML 1.1, and YAML 1.2 readers) reads it back as the same string. Conservative on purpose: quoting a
/// string that did not need it is harmless, leaving one plain that a reader takes for a number is not.
/// </summary>
public static partial class YamlScalarRules
{
    /// <summary>True when the string can be written plain (unquoted).</summary>
    public static bool CanBePlain(string value)
    {
        if (value.Length == 0 || !IsPlainStart(value[0]) || value[^1] is ' ' or ':')
        {
            return false;
        }

        // "-" alone or "- x" would start a sequence; "---" and "..." mark documents.
        if ((value[0] == '-' && (value.Length == 1 || value[1] == ' ')) || value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsPlainChar(c))
            {
                return false;
            }
        }

        return !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal)
            && !value.Contains("  ", StringComparison.Ordinal)
            && !ResolvesToNonString(value);
    }

    /// <summary>True when the string suits a literal block scalar (<c>|</c>): several lines of printable text.</summary>
    public static bool SuitsLiteralBlock(string value)
    {
        if (!value.Contains('\n'))
        {
            return false;
        }

        var body = value.TrimEnd('\n');
        if (body.Length == 0 || body.Split('\n').First(l => l.Length > 0)[0] is ' ' or '\t')
        {
            return false; // the first line would set the block's indentation
        }

        foreach (var c in value)
        {
            if (c != '\n' && c != '\t' && !IsPrintable(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Characters any YAML reader takes as they are inside quotes and blocks.</summary>
    public static bool IsPrintable(char c) =>
        (c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') || char.IsSurrogate(c))
        && c is not '\uFEFF' and not '\u2028' and not '\u2029'; // BOM and the Unicode line separators

    private static bool IsPlainStart(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '.' or '$' or '(' or '+' or '=' or '^' or '~' or ';' or '\\' or '<' or '-';

    private static bool IsPlainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is ' ' or '/' or '_' or '.' or '-' or ':' or '@' or '+' or '=' or '$' or '(' or ')' or '^' or '~' or ';' or '\\' or '<' or '>' or '?' or '!' or '%' or '&' or '*';

    /// <summary>
    /// The union of what YAML 1.1 readers (PyYAML, go-yaml v2) and YAML 1.2 readers resolve to a bool, null,
    /// number, timestamp, merge key or value key, widened where it costs nothing (any sign/digit start made only
    /// of number characters). go-yaml drops every '_' and then asks Go's ParseInt and ParseFloat, which also take
    /// hex floats (0x1p-2) and a signed inf, infinity or nan: those count as numbers too.
    /// </summary>
    private static bool ResolvesToNonString(string value)
    {
        if (value is "<<" or "=" || Special().IsMatch(value) || Timestamp().IsMatch(value))
        {
            return true;
        }

        var digits = value.Replace("_", "", StringComparison.Ordinal);
        return NumberLike().IsMatch(value) || NumberLike().IsMatch(digits) || GoSpecialFloat().IsMatch(digits);
    }

    [GeneratedRegex(@"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex Special();

    [GeneratedRegex(@"^[-+]?\.?[0-9][0-9a-fA-FxXoObBpP_.:eE+-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLike();

    [GeneratedRegex(@"^[-+]?\.?(?:inf|infinity|nan)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GoSpecialFloat();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}
