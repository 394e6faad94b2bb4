using System.Text.RegularExpressions;

namespace WorkspaceConfigurator.Values;

/// <summary>Kubernetes name rules that no schema checks.</summary>
public static partial class Names
{
    /// <summary>DNS-1123 label: lower-case alphanumerics and '-', starting and ending alphanumeric, at most 63.</summary>
    public static bool IsDnsLabel(string? name) => name is { Length: > 0 and <= 63 } && DnsLabel().IsMatch(name);

    /// <summary>DNS-1123 subdomain: dot-separated labels, at most 253.</summary>
    public static bool IsDnsSubdomain(string? name) => name is { Length: > 0 and <= 253 } && DnsSubdomain().IsMatch(name);

    /// <summary>A ConfigMap or Secret data key.</summary>
    public static bool IsDataKey(string? key) => key is { Length: > 0 and <= 253 } && DataKey().IsMatch(key);

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
        return prefixOk && name.Length is > 0 and <= 63 && QualifiedNamePart().IsMatch(name);
    }

    /// <summary>A label value: empty, or at most 63 alphanumerics, '-', '_', '.', starting and ending alphanumeric.</summary>
    public static bool IsLabelValue(string? value) => value is not null && (value.Length == 0 || (value.Length <= 63 && QualifiedNamePart().IsMatch(value)));

    /// <summary>An environment variable name as Kubernetes accepts it.</summary>
    public static bool IsEnvVarName(string? name) => name is { Length: > 0 } && EnvVarName().IsMatch(name);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsSubdomain();

    [GeneratedRegex("^[-._a-zA-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DataKey();

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedNamePart();

    [GeneratedRegex("^[-._a-zA-Z][-._a-zA-Z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnvVarName();
}
