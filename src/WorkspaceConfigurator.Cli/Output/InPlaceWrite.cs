using WorkspaceConfigurator.Cli.Hosting;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// The fallback when a file cannot be replaced by a rename (a bind-mounted file, a read-only folder around a
/// writable file): open it, truncate, write, flush to disk. Readers may see it half-written meanwhile, so callers
/// say so in a warning; SIGINT and SIGTERM wait until it is done, so a signal never leaves it half-written.
/// </summary>
internal static class InPlaceWrite
{
    /// <summary>Opens <paramref name="path"/> for writing without changing it: the open is the check that it can be written at all.</summary>
    public static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);

    /// <summary>Replaces the content of an opened file; its mode and owner are untouched, it is the same file.</summary>
    public static void Write(FileStream stream, TempFiles temps, Action<Stream> writeContent)
    {
        using (temps.Critical())
        {
            stream.SetLength(0);
            writeContent(stream);
            stream.Flush(flushToDisk: true);
        }
    }
}
