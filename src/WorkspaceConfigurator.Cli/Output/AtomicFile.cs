using System.Text;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Files;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// Writes an output file so that it is never seen half-written: a temporary file beside the target, then a rename.
/// A failed run leaves an existing file untouched and creates nothing. The replaced file keeps its mode and owner;
/// a read-only one is replaced only with --force. Symbolic links are followed (the link stays a link). Pipes and
/// character devices are written as streams. When a rename cannot replace the file (a bind-mounted file, a
/// read-only folder around it), the file is written in place, with a warning that says why.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes what <paramref name="write"/> writes, streamed into the temporary file (UTF-8, no BOM).</summary>
    public static void Write(string path, Action<TextWriter> write, FileWriting how) => Write(path, how, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        write(writer);
    });

    private static void Write(string path, FileWriting how, Action<Stream> writeContent)
    {
        var full = Path.GetFullPath(path);

        // By what the path is, not by where it is: /dev/shm holds regular files, a pipe can be anywhere.
        var kind = FileKinds.Of(full);
        switch (kind)
        {
            case FileKind.Pipe or FileKind.CharacterDevice:
                Guard(path, () =>
                {
                    using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                    writeContent(stream);
                    stream.Flush();
                });
                return;
            case FileKind.Directory:
                throw new UsageException($"cannot write '{path}': it is a folder; give a file name");
            case FileKind.Socket or FileKind.BlockDevice:
                throw new UsageException($"cannot write '{path}': it is a {(kind == FileKind.Socket ? "socket" : "block device")}; give a file name");
        }

        var target = RealPath.Of(full)
            ?? throw new UsageException($"cannot write '{path}': a symbolic link in its path loops (too many levels of symbolic links)");
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"cannot write '{path}': folder '{folder}' does not exist");
        }

        Guard(path, () =>
        {
            var kept = File.Exists(target) ? KeptAttributes.Of(target) : null;
            if (kept is { IsReadOnly: true } && !how.Force)
            {
                throw new ProfileException($"cannot write '{path}': it is read-only (mode {kept.OctalMode}); give --force to replace it");
            }

            Leftovers.RemoveFrom(folder);
            Replace(path, target, kept, how, writeContent);
        });
    }

    private static void Replace(string path, string target, KeptAttributes? kept, FileWriting how, Action<Stream> writeContent)
    {
        var folder = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(folder, Leftovers.NewTemporaryName());
        FileStream stream;
        try
        {
            // A replaced file's secrets are never readable by others, not even for a moment: 0600 until its own mode is set.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (kept is not null && !OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            stream = how.Temps.Create(temporary, isFolder: false, () => new FileStream(temporary, options));
        }
        catch (Exception e) when (kept is not null && Errno.IsReadOnlyFolder(Errno.Of(e)))
        {
            var reason = new Obstacle("no temporary file can be created beside it", Errno.Of(e), "a read-only folder?");
            WriteInPlace(path, target, how, writeContent, reason);
            return;
        }
        catch (Exception e) when (Errno.Of(e) != 0)
        {
            throw new IOException($"cannot create a file in '{folder}' ({Errno.Text(Errno.Of(e))})", e);
        }

        try
        {
            using (stream)
            {
                writeContent(stream);
                kept?.ApplyTo(stream.SafeFileHandle, target);
                stream.Flush(flushToDisk: true);
            }

            var renamed = Renames.Rename(temporary, target);
            if (renamed == 0)
            {
                how.Temps.Forget(temporary);
                return;
            }

            Discard(temporary, how);
            if (renamed is Errno.EBUSY or Errno.EXDEV && kept is not null)
            {
                var reason = new Obstacle("it cannot be replaced by a rename", renamed, renamed == Errno.EBUSY ? "a bind-mounted file?" : "a mount point?");
                WriteInPlace(path, target, how, writeContent, reason);
                return;
            }

            throw Errno.Exception(renamed, target);
        }
        catch
        {
            Discard(temporary, how);
            throw;
        }
    }

    private static void WriteInPlace(string path, string target, FileWriting how, Action<Stream> writeContent, Obstacle obstacle)
    {
        FileStream stream;
        try
        {
            stream = InPlaceWrite.Open(target);
        }
        catch (Exception e) when (Errno.Of(e) != 0)
        {
            throw new ProfileException(
                $"cannot write '{path}': {obstacle.What} ({Errno.Text(obstacle.Code)}), and the file itself cannot be written ({Errno.Text(Errno.Of(e))})", e);
        }

        using (stream)
        {
            InPlaceWrite.Write(stream, how.Temps, writeContent);
        }

        // The line says why (the errno and its likely cause): there is nothing the user must change.
        how.Warn(Finding.WarningAbout(path, $"written in place: {obstacle.What} ({Errno.Text(obstacle.Code)}: {obstacle.Hint})"));
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

    // The target itself was never touched; a temporary that cannot be deleted is removed by a later run.
    private static void Discard(string temporary, FileWriting how) => how.Temps.Delete(temporary);

    /// <summary>Why a file is written in place: what failed, its errno, and the likely cause.</summary>
    private sealed record Obstacle(string What, int Code, string Hint);
}
