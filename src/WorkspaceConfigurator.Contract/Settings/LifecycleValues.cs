using System.Globalization;
using System.Text;

namespace WorkspaceConfigurator.Contract;

/// <summary>
/// Parsers of the lifecycle settings' values. These values end up in init-container commands and env values, which
/// KubeSpawner expands with Python's str.format: a brace there fails the spawn, so none is accepted.
/// </summary>
internal static class LifecycleValues
{
    public static string ParseHomePath(string raw)
    {
        var path = ParseAbsolutePath(raw, "home folder", "/workspace or /home/jovyan");
        return path == "/" ? throw new FormatException("'/' cannot be the home: the home volume would be mounted over the whole image (e.g. /workspace)") : path;
    }

    public static string ParseImagePath(string raw) => ParseAbsolutePath(raw, "path in the image", "/coder/configure");

    // Normalised (no '.', '..', '//' or trailing '/'): two spellings of one folder must compare equal when mounts are matched.
    private static string ParseAbsolutePath(string raw, string what, string example)
    {
        if (raw.Length == 0 || raw[0] != '/')
        {
            throw new FormatException($"'{raw}' is not an absolute {what} (e.g. {example})");
        }

        foreach (var c in raw)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c is '{' or '}' or '\\' or '"' or '\'' or '$' or '`')
            {
                throw new FormatException($"'{raw}' has a character that cannot be in a {what} here (whitespace, quotes, '$', '`', '\\', braces); e.g. {example}");
            }
        }

        return NormalizePath(raw) ?? throw new FormatException($"'{raw}' has a '..' segment; write the {what} plainly (e.g. {example})");
    }

    /// <summary>An absolute path without empty or '.' segments and without a trailing '/'; null for a relative path or one with '..'.</summary>
    public static string? NormalizePath(string path)
    {
        if (!path.StartsWith('/'))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                return null;
            }

            if (part != ".")
            {
                parts.Add(part);
            }
        }

        return "/" + string.Join('/', parts);
    }

    /// <summary>
    /// https://host/path, ssh://[user@]host[:port]/path or user@host:path (scp style). Not http (no integrity), not
    /// file or other local forms (the URL is cloned inside the workspace), not a password in the URL (it would be in
    /// config.yml for every reader of the hub's config map).
    /// </summary>
    public static string ParseGitUrl(string raw)
    {
        const string valid = "an https or ssh Git URL, e.g. https://github.com/alice/dotfiles.git or git@github.com:alice/dotfiles.git";
        foreach (var c in raw)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c is '{' or '}' or '\\' or '"' or '\'' or '`' or '$')
            {
                throw new FormatException($"'{raw}' is not {valid} (it has whitespace, quotes, '$', '`', '\\' or braces)");
            }
        }

        if (raw.StartsWith("https://", StringComparison.Ordinal) || raw.StartsWith("ssh://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(raw, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.AbsolutePath.Length <= 1)
            {
                throw new FormatException($"'{raw}' is not {valid}");
            }

            if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
            {
                throw new FormatException($"'{raw}' has a password in it, which every reader of config.yml would see; use an ssh URL with git_ssh_secret, or a credential helper");
            }

            return raw;
        }

        // A leading '-' would reach git as an option.
        if (raw.StartsWith('-'))
        {
            throw new FormatException($"'{raw}' is not {valid} (it starts with '-')");
        }

        // scp style: [user@]host:path, where host has no '/' and the path does not start with '//'.
        var colon = raw.IndexOf(':', StringComparison.Ordinal);
        var slash = raw.IndexOf('/', StringComparison.Ordinal);
        var at = raw.IndexOf('@', StringComparison.Ordinal);
        if (colon > 0 && (slash < 0 || slash > colon) && at > 0 && at < colon - 1 && colon < raw.Length - 1 && !raw.AsSpan(colon + 1).StartsWith("//"))
        {
            // git reads host:2222/path as the path 2222/path on port 22, which is rarely what is meant.
            var rest = raw.AsSpan(colon + 1);
            var digits = 0;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            return digits > 0 && digits < rest.Length && rest[digits] == '/'
                ? throw new FormatException($"'{raw}' has a port in scp form, which git reads as part of the path; write ssh://{raw[..colon]}:{rest[..digits]}/{rest[(digits + 1)..]}")
                : raw;
        }

        throw new FormatException($"'{raw}' is not {valid}");
    }

    /// <summary>A sequence of whole numbers with units d, h, m, s (90m, 2h, 1h30m); 0 (no unit needed) is off.</summary>
    public static TimeSpan ParseDuration(string raw)
    {
        var text = raw.Trim();
        const string valid = "a duration such as 90m, 2h or 1h30m (units d, h, m, s), or 0 for off";
        if (text == "0")
        {
            return TimeSpan.Zero;
        }

        long seconds = 0;
        var at = 0;
        var units = "dhms";
        var lastUnit = -1;
        while (at < text.Length)
        {
            var start = at;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                at++;
            }

            if (at == start || at == text.Length)
            {
                throw new FormatException($"'{raw}' is not {valid}");
            }

            var unit = units.IndexOf(text[at], StringComparison.Ordinal);
            if (unit <= lastUnit || !long.TryParse(text.AsSpan(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 1_000_000)
            {
                throw new FormatException($"'{raw}' is not {valid}");
            }

            lastUnit = unit;
            seconds += number * (unit switch { 0 => 86_400, 1 => 3_600, 2 => 60, _ => 1 });
            at++;
        }

        return seconds <= 366L * 86_400 ? TimeSpan.FromSeconds(seconds) : throw new FormatException($"'{raw}' is longer than a year; {valid}");
    }

    /// <summary>The shortest spelling: 0, 45s, 90m is 1h30m, 2h.</summary>
    public static string FormatDuration(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "0";
        }

        var text = new StringBuilder();
        var seconds = (long)duration.TotalSeconds;
        foreach (var (unit, size) in new[] { ('d', 86_400L), ('h', 3_600L), ('m', 60L), ('s', 1L) })
        {
            if (seconds >= size)
            {
                text.Append(seconds / size).Append(unit);
                seconds %= size;
            }
        }

        return text.ToString();
    }
}
