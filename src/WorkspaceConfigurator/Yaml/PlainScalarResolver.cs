namespace WorkspaceConfigurator.Yaml;

/// <summary>
/// Gives a plain (unquoted) scalar read from a template the type PyYAML 6's SafeLoader gives it (YAML 1.1 implicit
/// resolvers), so that writing it back keeps its meaning. The resolvers were regular expressions; they are scanned
/// by hand because loading the regex engine costs more start-up time than reading a manifest (the patterns are
/// kept in the comments, and serve as oracles in the tests).
/// </summary>
internal static class PlainScalarResolver
{
    public static YamlScalar Resolve(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return YamlNode.Null;
        }

        if (IsBool(text))
        {
            return YamlNode.Bool(text[0] is 'y' or 'Y' or 't' or 'T' || text is "on" or "On" or "ON");
        }

        if (IsInt(text))
        {
            return new YamlScalar(text, YamlScalarKind.Int);
        }

        return IsFloat(text) ? new YamlScalar(text, YamlScalarKind.Float) : YamlNode.Str(text);
    }

    // ^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$
    public static bool IsBool(string text) => text is "yes" or "Yes" or "YES" or "no" or "No" or "NO"
        or "true" or "True" or "TRUE" or "false" or "False" or "FALSE" or "on" or "On" or "ON" or "off" or "Off" or "OFF";

    // ^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$
    public static bool IsInt(string text)
    {
        var s = WithoutSign(text);
        if (s is "0")
        {
            return true;
        }

        if (s.Length > 2 && s.StartsWith("0b", StringComparison.Ordinal))
        {
            return AllOf(s[2..], "01_");
        }

        if (s.Length > 2 && s.StartsWith("0x", StringComparison.Ordinal))
        {
            return AllOf(s[2..], "0123456789abcdefABCDEF_");
        }

        if (s.Length > 1 && s[0] == '0')
        {
            return AllOf(s[1..], "01234567_");
        }

        if (s.Length == 0 || s[0] is < '1' or > '9')
        {
            return false;
        }

        var i = SkipDigits(s, 1);
        return i == s.Length || SkipSexagesimal(s, i) == s.Length;
    }

    // ^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    //    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$
    public static bool IsFloat(string text)
    {
        if (text is ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        var s = WithoutSign(text);
        var signed = s.Length != text.Length;
        if (s is ".inf" or ".Inf" or ".INF")
        {
            return true;
        }

        if (s.Length > 1 && s[0] == '.' && !signed && char.IsAsciiDigit(s[1]))
        {
            return IsExponentOrEnd(s, SkipDigits(s, 2)); // .5, .5e+3
        }

        if (s.Length == 0 || !char.IsAsciiDigit(s[0]))
        {
            return false;
        }

        var i = SkipDigits(s, 1);
        if (i < s.Length && s[i] == '.')
        {
            return IsExponentOrEnd(s, SkipDigits(s, i + 1)); // 1.5, 1_0.5e-3
        }

        // 1:30.5 (base 60); no exponent here.
        i = SkipSexagesimal(s, i);
        return i > 0 && i < s.Length && s[i] == '.' && SkipDigits(s, i + 1) == s.Length;
    }

    private static string WithoutSign(string text) => text.Length > 0 && text[0] is '-' or '+' ? text[1..] : text;

    private static bool AllOf(string s, string allowed)
    {
        foreach (var c in s)
        {
            if (!allowed.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    // [0-9_]* from i; returns the index after it.
    private static int SkipDigits(string s, int i)
    {
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'))
        {
            i++;
        }

        return i;
    }

    // (?::[0-5]?[0-9])+ from i; returns the index after it, or -1 when there is not at least one group.
    private static int SkipSexagesimal(string s, int i)
    {
        var groups = 0;
        while (i + 1 < s.Length && s[i] == ':' && char.IsAsciiDigit(s[i + 1]))
        {
            if (i + 2 < s.Length && char.IsAsciiDigit(s[i + 2]))
            {
                if (s[i + 1] > '5')
                {
                    return -1; // "[0-5]?[0-9]" cannot take two digits, and one would leave a digit behind
                }

                i += 3;
            }
            else
            {
                i += 2;
            }

            groups++;
        }

        return groups > 0 ? i : -1;
    }

    // (?:[eE][-+][0-9]+)?$ from i.
    private static bool IsExponentOrEnd(string s, int i)
    {
        if (i == s.Length)
        {
            return true;
        }

        if (i + 2 >= s.Length || s[i] is not ('e' or 'E') || s[i + 1] is not ('-' or '+'))
        {
            return false;
        }

        for (i += 2; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
