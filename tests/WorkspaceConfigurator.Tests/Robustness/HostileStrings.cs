using System.Text.RegularExpressions;
using CsCheck;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>
/// CsCheck generators of nasty strings: fragments that reach deep into wsconf's parsers, any UTF-16 text, and
/// strings joined from the pieces a grammar cares about. They shrink towards fewer parts, towards the first fragments
/// and towards printable ASCII, so a failure ends on a short, readable case. The properties run them through
/// <see cref="SeededCases"/>: every run checks the same cases, and a failure prints the seed of the smallest failing
/// one, which the environment variable CsCheck_Seed replays.
/// </summary>
public static partial class HostileStrings
{
    private static readonly string[] Fragments =
    [
        "coder", "coder-gpu", "jupyterlab", ":", "=", ".", ",", "env", "node_selector", "extra_resource_limits", "cpu_limit",
        "mem_limit", "gpu_limit", "workspace_volume_size", "groups", "image", "default", "{{", "}}", "{%", "{#", "{", "}",
        " spawner.user.name ", " namespace ", "Gi", "Mi", "G", "m", "e3", "E", "-", "+", "0", "1", "0.5", "9999999999999999999999",
        "yes", "no", "~", "null", "#", " ", "\t", "\n", "\r", "\"", "'", "\\", "ü", "✓", "🎉", "\u0085", "\u2028", "\uFEFF", "\0", "nvidia.com/gpu",
    ];

    /// <summary>
    /// One character as text: printable ASCII most often, then a space, a line feed, a control character, a two-byte
    /// UTF-8 character, an astral character (a surrogate pair) or one from the private-use and specials block.
    /// </summary>
    private static readonly Gen<string> Char = Gen.Frequency<string>(
        (4, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (1, Gen.Const(" ")),
        (1, Gen.Const("\n")),
        (1, Gen.Char['\0', '\x1F'].Select(c => c.ToString())),
        (1, Gen.Char['\u0080', '\u07FF'].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFE].Select(char.ConvertFromUtf32)),
        (1, Gen.Char['\uE000', '\uFFFD'].Select(c => c.ToString())));

    /// <summary>A fragment three times in four, any character otherwise.</summary>
    private static readonly Gen<string> Part = Gen.Frequency<string>((3, Gen.OneOf(Fragments)), (1, Char));

    /// <summary>Up to <paramref name="maxParts"/> fragments and characters, joined.</summary>
    public static Gen<string> Fragmented(int maxParts = 8) => Part.Array[0, maxParts].Select(string.Concat);

    /// <summary>Any UTF-16 text of up to <paramref name="maxLength"/> characters (a surrogate pair counts as one).</summary>
    public static Gen<string> AnyText(int maxLength = 24) => Char.Array[0, maxLength].Select(string.Concat);

    /// <summary>Up to <paramref name="maxParts"/> of <paramref name="pieces"/>, joined: the pieces a grammar cares about.</summary>
    public static Gen<string> Joined(string[] pieces, int maxParts) => Gen.OneOf(pieces).Array[0, maxParts].Select(string.Concat);

    /// <summary>The text in quotes with everything outside printable ASCII as \uXXXX, so that a failure shows what it was given.</summary>
    public static string Quote(string text) => "'" + NotPrintable().Replace(text, m => $"\\u{(int)m.Value[0]:x4}") + "'";

    [GeneratedRegex(@"[^\x20-\x7E]")]
    private static partial Regex NotPrintable();
}
