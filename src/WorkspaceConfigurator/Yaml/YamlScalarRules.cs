using System.Buffers;

namespace WorkspaceConfigurator.Yaml;

/// <summary>
/// Decides how a string must be written so that every YAML reader our consumers use (PyYAML and go-yaml v2, both
/// YAML 1.1, and YAML 1.2 readers) reads it back as the same string. Conservative on purpose: quoting a
/// string that did not need it is harmless, leaving one plain that a reader takes for a number is not.
/// </summary>
internal static class YamlScalarRules
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

        // Vectorised searches: the writer asks this of every string it prints. ": " and "  " both need a space, which
        // most keys and values lack, so the substring searches run only where there is one.
        var text = value.AsSpan();
        if (text.ContainsAnyExcept(PlainChars))
        {
            return false; // " #" cannot occur: '#' is no plain character
        }

        if (text.Contains(' ') && (text.Contains(": ", StringComparison.Ordinal) || text.Contains("  ", StringComparison.Ordinal)))
        {
            return false;
        }

        return !ResolvesToNonString(value, text.Contains('_'));
    }

    /// <summary>True when the string suits a literal block scalar (<c>|</c>): several lines of printable text.</summary>
    public static bool SuitsLiteralBlock(string value)
    {
        if (!value.Contains('\n'))
        {
            return false;
        }

        var body = value.TrimEnd('\n');
        // The first character after any leading empty lines starts the first non-empty line.
        if (body.Length == 0 || body.TrimStart('\n')[0] is ' ' or '\t')
        {
            return false; // the first line would set the block's indentation
        }

        // Scripts and files make most of a profile's text: skip the printable ASCII in vectorised steps.
        var rest = value.AsSpan();
        for (var at = rest.IndexOfAnyExcept(PrintableAscii); at >= 0; at = rest.IndexOfAnyExcept(PrintableAscii))
        {
            if (!IsPrintable(rest[at]))
            {
                return false;
            }

            rest = rest[(at + 1)..];
        }

        return true;
    }

    // Tab, line feed and ' ' to '~': what a literal block holds as it is.
    private static readonly SearchValues<char> PrintableAscii =
        SearchValues.Create("\t\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Characters any YAML reader takes as they are inside quotes and blocks.</summary>
    public static bool IsPrintable(char c) =>
        (c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') || char.IsSurrogate(c))
        && c is not '\uFEFF' and not '\u2028' and not '\u2029'; // BOM and the Unicode line separators

    private static bool IsPlainStart(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '.' or '$' or '(' or '+' or '=' or '^' or '~' or ';' or '\\' or '<' or '-';

    private static readonly SearchValues<char> PlainChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 /_.-:@+=$()^~;\\<>?!%&*");

    /// <summary>
    /// The union of what YAML 1.1 readers (PyYAML, go-yaml v2) and YAML 1.2 readers resolve to a bool, null,
    /// number, timestamp, merge key or value key, widened where it costs nothing (any sign/digit start made only
    /// of number characters). go-yaml drops every '_' and then asks Go's ParseInt and ParseFloat, which also take
    /// hex floats (0x1p-2) and a signed inf, infinity or nan: those count as numbers too.
    /// </summary>
    private static bool ResolvesToNonString(string value, bool underscore)
    {
        // Most keys and values start with a letter that begins none of the words below, and a number, timestamp
        // or merge key never starts with a letter (dropping '_' keeps the first letter first).
        if (char.IsAsciiLetter(value[0]) && value[0] is not ('y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or 'i' or 'I'))
        {
            return false;
        }

        if (value is "<<" or "=" || IsSpecial(value) || IsNumberLike(value) || StartsLikeTimestamp(value))
        {
            return true;
        }

        var digits = underscore ? value.Replace("_", "", StringComparison.Ordinal) : value;
        return IsNumberLike(digits) || IsGoSpecialFloat(digits);
    }

    // ^[-+]?\.?(inf|infinity|nan)$, any case: Go's ParseFloat reads these.
    private static bool IsGoSpecialFloat(string value)
    {
        var rest = value.AsSpan();
        if (rest.Length > 0 && rest[0] is '+' or '-')
        {
            rest = rest[1..];
        }

        if (rest.Length > 0 && rest[0] == '.')
        {
            rest = rest[1..];
        }

        if (rest.Length is not (3 or 8) || rest[0] is not ('i' or 'I' or 'n' or 'N'))
        {
            return false;
        }

        return rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("nan", StringComparison.OrdinalIgnoreCase);
    }

    // These three were regular expressions; the writer asks them of every plain string it prints, so they are
    // written out by hand (the patterns are kept in the comments).

    // ^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$
    private static bool IsSpecial(string value) => value switch
    {
        "y" or "Y" or "yes" or "Yes" or "YES" or "n" or "N" or "no" or "No" or "NO" => true,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => true,
        "on" or "On" or "ON" or "off" or "Off" or "OFF" => true,
        "~" or "null" or "Null" or "NULL" => true,
        ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" => true,
        ".nan" or ".NaN" or ".NAN" => true,
        _ => false,
    };

    // ^[-+]?\.?[0-9][0-9a-fA-FxXoObBpP_.:eE+-]*$
    private static bool IsNumberLike(string value)
    {
        var i = 0;
        if (i < value.Length && value[i] is '-' or '+')
        {
            i++;
        }

        if (i < value.Length && value[i] == '.')
        {
            i++;
        }

        if (i >= value.Length || !char.IsAsciiDigit(value[i]))
        {
            return false;
        }

        for (i++; i < value.Length; i++)
        {
            if (!(char.IsAsciiHexDigit(value[i]) || value[i] is 'x' or 'X' or 'o' or 'O' or 'p' or 'P' or '_' or '.' or ':' or '+' or '-'))
            {
                return false; // b, B, e and E are hex digits
            }
        }

        return true;
    }

    // ^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2} (a prefix)
    private static bool StartsLikeTimestamp(string value)
    {
        if (value.Length < 8)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        if (value[4] != '-' || !char.IsAsciiDigit(value[5]))
        {
            return false;
        }

        var dash = char.IsAsciiDigit(value[6]) ? 7 : 6;
        return dash + 1 < value.Length && value[dash] == '-' && char.IsAsciiDigit(value[dash + 1]);
    }
}
