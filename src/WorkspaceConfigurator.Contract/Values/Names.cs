namespace WorkspaceConfigurator.Contract;

/// <summary>
/// Kubernetes name rules that no schema checks. Written as plain scans rather than regular expressions: these run
/// on every invocation, and the regular-expression engine alone costs more start-up time than the rest of a run.
/// </summary>
internal static class Names
{
    /// <summary>DNS-1123 label: lower-case alphanumerics and '-', starting and ending alphanumeric, at most 63.</summary>
    public static bool IsDnsLabel(string? name) => name is { Length: > 0 and <= 63 } && IsLabel(name);

    /// <summary>DNS-1123 subdomain: dot-separated labels, at most 253.</summary>
    public static bool IsDnsSubdomain(string? name)
    {
        if (name is not { Length: > 0 and <= 253 })
        {
            return false;
        }

        foreach (var part in name.Split('.'))
        {
            if (!IsLabel(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A ConfigMap or Secret data key: letters, digits, '-', '_' and '.'.</summary>
    public static bool IsDataKey(string? key) => key is { Length: > 0 and <= 253 } && All(key, c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>A Kubernetes label or node-selector key: an optional DNS subdomain prefix and a name of at most 63.</summary>
    public static bool IsQualifiedName(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var slash = key.IndexOf('/');
        var name = slash < 0 ? key : key[(slash + 1)..];
        var prefixOk = slash < 0 || IsDnsSubdomain(key[..slash]);
        return prefixOk && name.Length is > 0 and <= 63 && IsQualifiedPart(name);
    }

    /// <summary>A label value: empty, or at most 63 alphanumerics, '-', '_', '.', starting and ending alphanumeric.</summary>
    public static bool IsLabelValue(string? value) => value is not null && (value.Length == 0 || (value.Length <= 63 && IsQualifiedPart(value)));

    /// <summary>An environment variable name as Kubernetes accepts it: letters, digits, '-', '_', '.', not starting with a digit.</summary>
    public static bool IsEnvVarName(string? name) =>
        name is { Length: > 0 } && !char.IsAsciiDigit(name[0]) && All(name, c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    // [a-z0-9]([-a-z0-9]*[a-z0-9])?
    private static bool IsLabel(string s) =>
        s.Length > 0 && IsLowerAlnum(s[0]) && IsLowerAlnum(s[^1]) && All(s, c => IsLowerAlnum(c) || c == '-');

    // [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?
    private static bool IsQualifiedPart(string s) =>
        char.IsAsciiLetterOrDigit(s[0]) && char.IsAsciiLetterOrDigit(s[^1]) && All(s, c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static bool IsLowerAlnum(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private static bool All(string s, Func<char, bool> allowed)
    {
        foreach (var c in s)
        {
            if (!allowed(c))
            {
                return false;
            }
        }

        return true;
    }
}
