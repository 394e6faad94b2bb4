namespace WorkspaceConfigurator.Values;

/// <summary>
/// The container image reference grammar of the distribution project, which the kubelet and every runtime parse:
/// <c>[registry[:port]/]name[:tag][@digest]</c>. A reference outside it is accepted by the API server and fails only
/// at pull time (InvalidImageName), so the pod never starts. A plain scan of the grammar below.
/// </summary>
/// <remarks>
/// <code>
/// reference        := name [ ":" tag ] [ "@" digest ]
/// name             := [domain '/'] path-component ['/' path-component]*     (at most 255 characters)
/// domain           := host [':' port-number]
/// host             := domain-component ['.' domain-component]* | '[' IPv6 ']'
/// domain-component := /([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])/
/// path-component   := /[a-z0-9]+/ [separator /[a-z0-9]+/]*,  separator := /[_.]|__|[-]+/
/// tag              := /[\w][\w.-]{0,127}/
/// digest           := algorithm ":" /[0-9a-fA-F]{32,}/,  algorithm := /[A-Za-z][A-Za-z0-9]*/ joined by [+.-_]
/// </code>
/// </remarks>
internal static class ImageReference
{
    private const int MaxNameLength = 255;

    /// <summary>Null for a valid reference, else what is wrong with it, e.g. "the tag 'x y' is not valid".</summary>
    public static string? Problem(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return "is empty";
        }

        var rest = reference;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            if (!IsDigest(rest[(at + 1)..]))
            {
                return $"the digest '{rest[(at + 1)..]}' is not valid (ALGORITHM:HEX, e.g. sha256: and 64 hex digits)";
            }

            rest = rest[..at];
        }

        var colon = rest.LastIndexOf(':');
        if (colon > rest.LastIndexOf('/'))
        {
            var tag = rest[(colon + 1)..];
            if (!IsTag(tag))
            {
                return $"the tag '{tag}' is not valid (letters, digits, '_', '.' and '-', at most 128, not starting with '.' or '-')";
            }

            rest = rest[..colon];
        }

        if (rest.Length == 0)
        {
            return "has no repository name";
        }

        if (rest.Length > MaxNameLength)
        {
            return $"the name is {rest.Length} characters, more than {MaxNameLength}";
        }

        var components = rest.Split('/');
        var first = components.Length > 1 && IsDomain(components[0]) ? 1 : 0;
        for (var i = first; i < components.Length; i++)
        {
            if (!IsPathComponent(components[i]))
            {
                return i == 0 && components.Length > 1
                    ? $"'{components[0]}' is neither a registry (host[:port]) nor a lower-case repository path component"
                    : $"the repository path component '{components[i]}' is not valid (lower-case letters and digits, separated by '.', '_', '__' or '-')";
            }
        }

        return null;
    }

    // [a-z0-9]+ ( ( [_.] | __ | [-]+ ) [a-z0-9]+ )*
    private static bool IsPathComponent(string part)
    {
        if (part.Length == 0 || !IsLowerAlnum(part[0]) || !IsLowerAlnum(part[^1]))
        {
            return false;
        }

        for (var i = 0; i < part.Length;)
        {
            if (IsLowerAlnum(part[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < part.Length && !IsLowerAlnum(part[i]))
            {
                i++;
            }

            var separator = part.AsSpan(start, i - start);
            if (!(separator is "." or "_" or "__" || IsAll(separator, '-')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(string domain)
    {
        var host = domain;
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']');
            if (close < 0 || !IsIpv6(host[1..close]))
            {
                return false;
            }

            var after = host[(close + 1)..];
            return after.Length == 0 || (after[0] == ':' && IsPort(after[1..]));
        }

        var colon = host.IndexOf(':');
        if (colon >= 0)
        {
            if (!IsPort(host[(colon + 1)..]))
            {
                return false;
            }

            host = host[..colon];
        }

        foreach (var component in host.Split('.'))
        {
            if (component.Length == 0 || !char.IsAsciiLetterOrDigit(component[0]) || !char.IsAsciiLetterOrDigit(component[^1])
                || !All(component, c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIpv6(string address) => address.Length > 0 && All(address, c => char.IsAsciiHexDigit(c) || c == ':');

    private static bool IsPort(string port) => port.Length > 0 && All(port, char.IsAsciiDigit);

    // [\w][\w.-]{0,127}
    private static bool IsTag(string tag) =>
        tag.Length is > 0 and <= 128 && IsWord(tag[0]) && All(tag, c => IsWord(c) || c is '.' or '-');

    // ALGORITHM ":" HEX{32,}, the algorithm's components [A-Za-z][A-Za-z0-9]* joined by one of + . - _
    private static bool IsDigest(string digest)
    {
        var colon = digest.IndexOf(':');
        if (colon <= 0 || digest.Length - colon - 1 < 32 || !All(digest[(colon + 1)..], char.IsAsciiHexDigit))
        {
            return false;
        }

        foreach (var component in digest[..colon].Split('+', '.', '-', '_'))
        {
            if (component.Length == 0 || !char.IsAsciiLetter(component[0]) || !All(component, char.IsAsciiLetterOrDigit))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsLowerAlnum(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    private static bool IsAll(ReadOnlySpan<char> text, char c)
    {
        foreach (var x in text)
        {
            if (x != c)
            {
                return false;
            }
        }

        return true;
    }

    private static bool All(string text, Func<char, bool> allowed)
    {
        foreach (var c in text)
        {
            if (!allowed(c))
            {
                return false;
            }
        }

        return true;
    }
}
