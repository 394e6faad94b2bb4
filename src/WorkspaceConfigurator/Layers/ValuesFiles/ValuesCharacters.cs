namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// Refuses characters YAML does not allow in a stream (control characters, lone surrogates, U+FFFE/U+FFFF).
/// YamlDotNet lets most of them through into values, and ends the stream silently at some NULs, so a stray
/// control character would otherwise reach a manifest or cut the file short without a word.
/// </summary>
internal static class ValuesCharacters
{
    public static void Check(string text, string fileName)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsPrintable(c))
            {
                throw new ValuesFileException(new SourceMark(fileName, line, i - lineStart + 1), "",
                    $"character U+{(int)c:X4} is not allowed in YAML (printable characters, tabs and line breaks are; write it as an escape in double quotes)");
            }
        }
    }

    // YAML's c-printable, less the surrogate pairs handled above.
    private static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
