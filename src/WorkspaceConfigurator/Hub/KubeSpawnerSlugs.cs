using System.Security.Cryptography;
using System.Text;

namespace WorkspaceConfigurator.Hub;

/// <summary>
/// How KubeSpawner 7 turns a JupyterHub user or server name into parts of Kubernetes names and labels, so that the
/// preview names objects exactly as the hub does. Two schemes: <c>safe</c> (the default since 7: keep a name that is
/// already valid, else lower-case it, turn runs of other characters into '-', truncate, and add '---' and 8 hex
/// digits of its SHA-256) and <c>escape</c> (the scheme before 7: every character but a-z and 0-9 becomes '-' and
/// the hex of its UTF-8 bytes, then lower-case; no length limit, so it can produce invalid names).
/// Pure functions; lengths count characters as KubeSpawner does (every name they apply to is ASCII by then).
/// </summary>
internal static class KubeSpawnerSlugs
{
    /// <summary>The hash suffix KubeSpawner appends: this many hex digits of SHA-256.</summary>
    private const int HashLength = 8;

    /// <summary>The longest user or server part KubeSpawner builds for templates.</summary>
    public const int TemplatePartLength = 48;

    /// <summary>The default length of a hashed slug when the caller gives none.</summary>
    private const int DefaultHashedLength = 32;

    /// <summary>
    /// KubeSpawner's <c>safe_slug</c>: the name itself when it is valid (by <paramref name="isValid"/>), within
    /// <paramref name="maxLength"/> and free of "--" (which could collide with a joined slug); else the stripped name
    /// with a hash suffix, at most <paramref name="maxLength"/> (32 when not given) characters long.
    /// </summary>
    public static string SafeSlug(string name, Func<string, bool> isValid, int? maxLength = null)
    {
        if (!name.Contains("--", StringComparison.Ordinal) && isValid(name) && (maxLength is null || name.Length <= maxLength))
        {
            return name;
        }

        return StripAndHash(name, maxLength ?? DefaultHashedLength);
    }

    /// <summary>A safe slug for object names (the strictest rules: a DNS label that starts with a letter).</summary>
    public static string SafeSlug(string name, int? maxLength = null) => SafeSlug(name, IsValidObjectName, maxLength);

    /// <summary>
    /// KubeSpawner's <c>multi_slug</c>: several names joined with "--" and one hash over all of them (separated by the
    /// byte 0xFF, which UTF-8 never holds, so "a","bc" and "ab","c" differ), each part given an equal share.
    /// </summary>
    public static string MultiSlug(IReadOnlyList<string> names, int maxLength = TemplatePartLength)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(names[0]));
        for (var i = 1; i < names.Count; i++)
        {
            bytes.Add(0xFF);
            bytes.AddRange(Encoding.UTF8.GetBytes(names[i]));
        }

        var hash = Hash(bytes.ToArray());

        // Each part is written as "{part}--", so it gets two characters less than its share.
        var perName = (maxLength - (HashLength + 1)) / names.Count;
        var partLength = perName - 2;
        if (partLength < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), $"{maxLength} characters do not fit {names.Count} names");
        }

        var parts = new string[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            parts[i] = ExtractSafeName(names[i], partLength);
        }

        return $"{string.Join("--", parts)}---{hash}";
    }

    /// <summary>
    /// KubeSpawner's <c>escape_slug</c> (escapism with '-' as the escape character): a-z and 0-9 stay, every other
    /// character becomes '-' and the upper-case hex of each of its UTF-8 bytes (without padding), and the result is
    /// lower-cased.
    /// </summary>
    public static string EscapeSlug(string name)
    {
        var text = new StringBuilder(name.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.Value is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                text.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < count; i++)
            {
                text.Append('-').Append(utf8[i].ToString("X", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>An object name by KubeSpawner's strictest rule: 1-63 of a-z, 0-9, '-', starting with a letter, ending with a letter or digit.</summary>
    public static bool IsValidObjectName(string s) =>
        s.Length is >= 1 and <= 63 && s[0] is >= 'a' and <= 'z' && IsLowerAlnum(s[^1]) && All(s, c => IsLowerAlnum(c) || c == '-');

    /// <summary>A label value: empty, or at most 63 of letters, digits, '.', '-', '_', starting and ending with a letter or digit.</summary>
    public static bool IsValidLabel(string s) =>
        s.Length == 0 || (s.Length <= 63 && char.IsAsciiLetterOrDigit(s[0]) && char.IsAsciiLetterOrDigit(s[^1])
                          && All(s, c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'));

    private static string StripAndHash(string name, int maxLength)
    {
        // Room for "---" and the hash.
        var nameLength = maxLength - (HashLength + 3);
        if (nameLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLength), $"a hashed name needs at least {HashLength + 4} characters");
        }

        return $"{ExtractSafeName(name, nameLength)}---{Hash(Encoding.UTF8.GetBytes(name))}";
    }

    // The readable part of a hashed name: lower-case, runs of anything but a-z and 0-9 as one '-', no '-' at either
    // end, starting with a letter ("x-" is put in front otherwise), never empty ("x"), at most maxLength long.
    private static string ExtractSafeName(string name, int maxLength)
    {
        // Python's str.lower() maps the dotted capital I to "i" and a combining dot; .NET's to itself.
        var lower = name.Replace("\u0130", "i\u0307", StringComparison.Ordinal).ToLowerInvariant();
        var text = new StringBuilder(lower.Length);
        var inRun = false;
        foreach (var c in lower)
        {
            if (IsLowerAlnum(c))
            {
                text.Append(c);
                inRun = false;
            }
            else if (!inRun)
            {
                text.Append('-');
                inRun = true;
            }
        }

        var safe = text.ToString().TrimStart('-');
        safe = (safe.Length > maxLength ? safe[..maxLength] : safe).TrimEnd('-');
        if (safe.Length > 0 && safe[0] is not (>= 'a' and <= 'z'))
        {
            safe = "x-" + (safe.Length > maxLength - 2 ? safe[..(maxLength - 2)] : safe);
        }

        return safe.Length == 0 ? "x" : safe;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..HashLength];

    private static bool IsLowerAlnum(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

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
