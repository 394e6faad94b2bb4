using System.Text.RegularExpressions;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// What the API server and the kubelet refuse in a container that no schema says, written from their sources as
/// regular expressions (independent of wsconf's hand-written scans, which they serve as oracles for): the image
/// reference grammar of the distribution project (ReferenceRegexp, at most 255 characters of name), and container
/// resource names (validateContainerResourceName, IsExtendedResourceName).
/// </summary>
public static partial class KubeletChecks
{
    private const string Alphanumeric = "[a-z0-9]+";
    private const string Separator = "(?:[._]|__|[-]+)";
    private const string PathComponent = Alphanumeric + "(?:" + Separator + Alphanumeric + ")*";
    private const string DomainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private const string Host = "(?:" + DomainComponent + @"(?:\." + DomainComponent + @")*|\[[a-fA-F0-9:]+\])";
    private const string Name = "(?:" + Host + "(?::[0-9]+)?/)?" + PathComponent + "(?:/" + PathComponent + ")*";
    private const string Tag = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
    private const string Digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";

    /// <summary>True when the kubelet can parse the reference (it refuses others with InvalidImageName).</summary>
    public static bool IsImageReference(string reference)
    {
        var match = Reference().Match(reference);
        return match.Success && match.Groups["name"].Length <= 255;
    }

    /// <summary>True when the API server accepts the name as a key of a container's limits or requests.</summary>
    public static bool IsContainerResourceName(string name)
    {
        if (!IsQualifiedName(name))
        {
            return false;
        }

        if (!name.Contains('/'))
        {
            return name is "cpu" or "memory" or "ephemeral-storage" || name.StartsWith("hugepages-", StringComparison.Ordinal);
        }

        return name.Contains("kubernetes.io/", StringComparison.Ordinal) || IsExtendedResourceName(name);
    }

    /// <summary>The API server's IsExtendedResourceName.</summary>
    public static bool IsExtendedResourceName(string name) =>
        name.Contains('/') && !name.Contains("kubernetes.io/", StringComparison.Ordinal) && !name.StartsWith("requests.", StringComparison.Ordinal)
        && IsQualifiedName("requests." + name);

    private static bool IsQualifiedName(string name)
    {
        var slash = name.IndexOf('/');
        return QualifiedName().IsMatch(name) && (slash < 0 ? 0 : slash) <= 253 && name.Length - slash - 1 <= 63;
    }

    [GeneratedRegex("^(?<name>" + Name + ")(?::" + Tag + ")?(?:@" + Digest + @")?\z")]
    private static partial Regex Reference();

    // [prefix/]name: the prefix a DNS subdomain, the name [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])? of at most 63.
    [GeneratedRegex(@"^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?\z")]
    private static partial Regex QualifiedName();
}
