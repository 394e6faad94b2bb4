using System.Text;

namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// Reads a values file's bytes as UTF-8 text: no more than the size limit is ever read, a leading byte order mark
/// is dropped, and bytes that are not UTF-8 are refused (with where they are) rather than replaced, so that a file
/// in another encoding is not silently read as something else.
/// </summary>
internal static class ValuesFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string path, string fileName, long maxBytes, string fileKind = ValuesReadLimits.ValuesFileKind)
    {
        if (Directory.Exists(path))
        {
            throw Unreadable(fileName, "it is a folder", null);
        }

        byte[] bytes;
        int count;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            (bytes, count) = ReadBounded(stream, fileName, maxBytes, fileKind);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Unreadable(fileName, "no such file", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw Unreadable(fileName, "permission denied", e);
        }
        catch (IOException e)
        {
            throw Unreadable(fileName, ValuesPath.Printable(e.Message), e);
        }
        catch (ArgumentException e)
        {
            throw Unreadable(fileName, "the path is empty or not valid", e);
        }

        return Decode(bytes, count, fileName);
    }

    /// <summary>The same from an open stream (standard input, for <c>-f -</c>): read up to the limit, never further.</summary>
    public static string Read(Stream stream, string fileName, long maxBytes, string fileKind = ValuesReadLimits.ValuesFileKind)
    {
        byte[] bytes;
        int count;
        try
        {
            (bytes, count) = ReadBounded(stream, fileName, maxBytes, fileKind);
        }
        catch (IOException e)
        {
            throw Unreadable(fileName, ValuesPath.Printable(e.Message), e);
        }

        return Decode(bytes, count, fileName);
    }

    private static string Decode(byte[] bytes, int count, string fileName)
    {
        var start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, count - start);
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(bytes.AsSpan(start, count - start), fileName, e);
        }
    }

    public static ValuesFileException TooLarge(string fileName, long bytes, long maxBytes, string fileKind = ValuesReadLimits.ValuesFileKind) =>
        new(new SourceMark(fileName, 1, 1), "", $"the file is {bytes} bytes, more than the {Size(maxBytes)} {fileKind} may hold");

    // The length is read first so that an oversized file is refused unread; the read itself stops one byte past the
    // limit anyway, because a length can be absent (a pipe) or wrong (a file still being written).
    private static (byte[] Bytes, int Count) ReadBounded(Stream stream, string fileName, long maxBytes, string fileKind)
    {
        var length = stream.CanSeek ? stream.Length : -1;
        if (length > maxBytes)
        {
            throw TooLarge(fileName, length, maxBytes, fileKind);
        }

        var cap = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var bytes = new byte[length >= 0 ? Math.Min(length + 1, cap) : Math.Min(64 * 1024, cap)];
        var count = 0;
        while (true)
        {
            if (count == bytes.Length)
            {
                if (count == cap)
                {
                    break;
                }

                Array.Resize(ref bytes, (int)Math.Min((long)count * 2, cap));
            }

            var read = stream.Read(bytes, count, bytes.Length - count);
            if (read == 0)
            {
                break;
            }

            count += read;
        }

        if (count > maxBytes)
        {
            throw new ValuesFileException(new SourceMark(fileName, 1, 1), "", $"the file is larger than the {Size(maxBytes)} {fileKind} may hold");
        }

        return (bytes, count);
    }

    private static ValuesFileException NotUtf8(ReadOnlySpan<byte> bytes, string fileName, DecoderFallbackException inner)
    {
        int line = 1, column = 1, i = 0;
        while (i < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            // YAML line breaks: LF, CR LF and a lone CR.
            if (rune.Value == '\n' || (rune.Value == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (rune.Value != '\r')
            {
                column += rune.Utf16SequenceLength;
            }

            i += consumed;
        }

        var problem = i < bytes.Length
            ? $"not valid UTF-8 (byte 0x{bytes[i]:X2}); save the file as UTF-8"
            : "not valid UTF-8; save the file as UTF-8";
        return new ValuesFileException(new SourceMark(fileName, line, column), "", problem, inner: inner);
    }

    private static ValuesFileException Unreadable(string fileName, string reason, Exception? inner) =>
        new(new SourceMark(fileName, 1, 1), "", $"cannot read the file: {reason}", inner: inner);

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB"
        : bytes % 1024 == 0 ? $"{bytes / 1024} KiB"
        : $"{bytes} bytes";
}
