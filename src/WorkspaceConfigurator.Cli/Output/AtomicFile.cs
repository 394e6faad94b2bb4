using System.Text;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// Writes a file all at once: a temporary file beside the target, then a rename. A failed run leaves an existing
/// file untouched and creates nothing. Symbolic links are followed (the link stays a link); device files such as
/// /dev/stdout are written in place, since they cannot be replaced by a rename.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string content) => Write(path, content, (stream, text) =>
    {
        var bytes = Utf8.GetBytes(text);
        stream.Write(bytes);
    });

    /// <summary>Writes with <paramref name="writeContent"/>, which tests use to fail halfway through.</summary>
    internal static void Write(string path, string content, Action<Stream, string> writeContent)
    {
        var full = Path.GetFullPath(path);
        var target = IsDevice(full) ? full : FinalTarget(full);
        if (IsDevice(target))
        {
            Guard(path, () =>
            {
                using var device = new FileStream(target, FileMode.Open, FileAccess.Write);
                writeContent(device, content);
            });
            return;
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"cannot write '{path}': folder '{folder}' does not exist");
        }

        if (Directory.Exists(target))
        {
            throw new UsageException($"cannot write '{path}': it is a folder; give a file name");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        Guard(path, () =>
        {
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                {
                    writeContent(stream, content);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, target, overwrite: true);
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }
        });
    }

    private static void Guard(string path, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"cannot write '{path}': {e.Message}", e);
        }
    }

    private static string FinalTarget(string path) =>
        File.Exists(path) && File.ResolveLinkTarget(path, returnFinalTarget: true) is { } link ? link.FullName : path;

    // /dev/stdout links to /proc/self/fd/1, which may be a pipe: such paths are opened as they are, never renamed over.
    private static bool IsDevice(string path) =>
        (path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal)) && File.Exists(path);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the target itself was never touched.
        }
    }
}
