using System.Text;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Files;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// Writes one sub-folder per profile into DIR without leaving half-written output or a profile missing. Every
/// file is first written into a hidden staging folder: beside DIR when DIR is new (it is then renamed into place as
/// a whole), inside DIR when it exists (so DIR may be a mount point, and its parent read-only). Each selected
/// profile's folder is then swapped with its staged one in one step (renameat2 RENAME_EXCHANGE); where the file
/// system cannot, the old folder is moved into a hidden aside folder first, which is the journal a re-run repairs
/// from. SIGINT and SIGTERM wait until the swaps are done. Replaced folders and files keep their mode and owner;
/// other files and folders in DIR are left alone.
/// </summary>
internal static class AtomicFolders
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, IReadOnlyDictionary<string, IReadOnlyList<LayoutFile>> filesBySlug, FileWriting how) =>
        Write(path, filesBySlug, how, Renames.Exchange);

    /// <summary>Writes with <paramref name="exchange"/> as the one-step swap, which tests replace to take the journal path.</summary>
    internal static void Write(string path, IReadOnlyDictionary<string, IReadOnlyList<LayoutFile>> filesBySlug, FileWriting how, Func<string, string, int> exchange)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        try
        {
            switch (FileKinds.Of(full))
            {
                case FileKind.Directory:
                    WriteInto(path, full, filesBySlug, how, exchange);
                    break;
                case FileKind.Missing:
                    WriteNew(path, full, filesBySlug, how);
                    break;
                default:
                    throw new UsageException($"cannot write '{path}': it is a file; give a folder for --output-dir");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"cannot write '{path}': {e.Message}", e);
        }
    }

    // A new DIR appears whole: staged beside it, then renamed.
    private static void WriteNew(string path, string full, IReadOnlyDictionary<string, IReadOnlyList<LayoutFile>> filesBySlug, FileWriting how)
    {
        var target = RealPath.Of(full)
            ?? throw new UsageException($"cannot write '{path}': a symbolic link in its path loops (too many levels of symbolic links)");
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            throw new UsageException($"cannot write '{path}': folder '{parent}' does not exist");
        }

        Leftovers.RemoveFrom(parent);
        var staging = CreateStaging(path, parent, how);
        try
        {
            Stage(path, staging, null, filesBySlug.Values.SelectMany(f => f), how);

            // Not while a signal deletes the staging folder: DIR would appear with part of its files.
            how.Temps.Guarded(() =>
            {
                if (Renames.Rename(staging, target) is not 0 and var renamed)
                {
                    throw Errno.Exception(renamed, target);
                }
            });
        }
        finally
        {
            Discard(staging, how);
        }
    }

    // An existing DIR: each selected profile's folder is swapped with its staged one.
    private static void WriteInto(
        string path, string full, IReadOnlyDictionary<string, IReadOnlyList<LayoutFile>> filesBySlug, FileWriting how, Func<string, string, int> exchange)
    {
        Leftovers.Repair(full);
        CheckPlaces(path, full, filesBySlug.Keys, how);
        var staging = CreateStaging(path, full, how);
        var aside = new Lazy<string>(() =>
        {
            var folder = Path.Combine(full, Leftovers.NewAsideName());
            how.Temps.Create(folder, isFolder: true, () => Directory.CreateDirectory(folder));
            return folder;
        });
        try
        {
            Stage(path, staging, full, filesBySlug.Values.SelectMany(f => f), how);
            foreach (var slug in filesBySlug.Keys)
            {
                if (Path.Exists(Path.Combine(full, slug)))
                {
                    KeptAttributes.Of(Path.Combine(full, slug))?.ApplyTo(Path.Combine(staging, slug));
                }
            }

            using (how.Temps.Critical())
            {
                Swap(path, full, staging, aside, filesBySlug.Keys, how, exchange);
            }
        }
        finally
        {
            Discard(staging, how);
            if (aside.IsValueCreated)
            {
                Discard(aside.Value, how);
            }
        }
    }

    private static string CreateStaging(string path, string folder, FileWriting how)
    {
        var staging = Path.Combine(folder, Leftovers.NewTemporaryName());
        try
        {
            how.Temps.Create(staging, isFolder: true, () => Directory.CreateDirectory(staging));
            return staging;
        }
        catch (Exception e) when (Errno.Of(e) != 0)
        {
            throw new ProfileException($"cannot write '{path}': no folder can be created in '{folder}' ({Errno.Text(Errno.Of(e))})", e);
        }
    }

    // Everything that would stop a swap halfway is found before anything moves.
    private static void CheckPlaces(string path, string full, IEnumerable<string> slugs, FileWriting how)
    {
        if (KeptAttributes.Of(full) is { IsReadOnly: true } folder && !how.Force)
        {
            throw new ProfileException($"cannot write '{path}': it is read-only (mode {folder.OctalMode}); give --force to replace its profile folders");
        }

        foreach (var slug in slugs)
        {
            var place = Path.Combine(full, slug);
            switch (FileKinds.Of(place))
            {
                case FileKind.Missing:
                    break;
                case FileKind.Directory:
                    if (KeptAttributes.Of(place) is { IsReadOnly: true } kept && !how.Force)
                    {
                        throw new ProfileException($"cannot write '{Path.Combine(path, slug)}': it is read-only (mode {kept.OctalMode}); give --force to replace it");
                    }

                    break;
                default:
                    throw new ProfileException($"cannot write '{path}': '{slug}' in it is a file, not a profile folder; move it away");
            }
        }
    }

    // Each file in the staging folder, with the mode and owner of the file it replaces. A signal deletes the staging
    // folder under the same lock, so no write can recreate it afterwards.
    private static void Stage(string path, string staging, string? existing, IEnumerable<LayoutFile> files, FileWriting how)
    {
        foreach (var file in files)
        {
            var relative = file.Path.Replace('/', Path.DirectorySeparatorChar);
            var target = Path.Combine(staging, relative);
            var old = existing is null ? null : Path.Combine(existing, relative);
            var kept = old is not null && File.Exists(old) ? KeptAttributes.Of(old) : null;
            if (kept is { IsReadOnly: true } && !how.Force)
            {
                throw new ProfileException($"cannot write '{Path.Combine(path, relative)}': it is read-only (mode {kept.OctalMode}); give --force to replace it");
            }

            how.Temps.Guarded(() =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (kept is not null && !OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(target, options);
                stream.Write(Utf8.GetBytes(file.Content));
                kept?.ApplyTo(stream.SafeFileHandle, target);
            });
        }
    }

    // Called with SIGINT and SIGTERM deferred. A failure puts back what was swapped before it.
    private static void Swap(
        string path, string full, string staging, Lazy<string> aside, IEnumerable<string> slugs, FileWriting how, Func<string, string, int> exchange)
    {
        var undo = new Stack<Action>();
        try
        {
            foreach (var slug in slugs)
            {
                var place = Path.Combine(full, slug);
                var fresh = Path.Combine(staging, slug);
                if (!Path.Exists(place))
                {
                    Check(Renames.Rename(fresh, place), place);
                    undo.Push(() => Renames.Rename(place, fresh));
                    continue;
                }

                var exchanged = exchange(fresh, place);
                switch (exchanged)
                {
                    case 0:
                        undo.Push(() => exchange(fresh, place));
                        break;
                    case Errno.EINVAL or Errno.ENOSYS:
                        // No exchange on this file system: the old folder goes aside (a re-run puts it back if we die here), the new one in.
                        var old = Path.Combine(aside.Value, slug);
                        Check(Renames.Rename(place, old), place);
                        if (Renames.Rename(fresh, place) is not 0 and var moved)
                        {
                            Renames.Rename(old, place);
                            throw Errno.Exception(moved, place);
                        }

                        undo.Push(() =>
                        {
                            Renames.Rename(place, fresh);
                            Renames.Rename(old, place);
                        });
                        break;
                    case Errno.EXDEV or Errno.EBUSY:
                        // A mount point, or a folder of an overlay's lower layer: only its content can be replaced.
                        CopyInPlace(fresh, place);
                        var hint = exchanged == Errno.EBUSY ? "a mount point?" : "a folder of an overlay's lower layer?";
                        how.Warn(Finding.WarningAbout(Path.Combine(path, slug), $"written in place: it cannot be replaced by a rename ({Errno.Text(exchanged)}: {hint})"));
                        break;
                    default:
                        throw Errno.Exception(exchanged, place);
                }
            }
        }
        catch
        {
            while (undo.TryPop(out var step))
            {
                step();
            }

            throw;
        }
    }

    // New files first (each truncated as it is written), then what no longer applies: the folder is never empty.
    private static void CopyInPlace(string fresh, string place)
    {
        foreach (var file in Directory.GetFiles(fresh, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(place, Path.GetRelativePath(fresh, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        foreach (var entry in Directory.GetFileSystemEntries(place))
        {
            if (!Path.Exists(Path.Combine(fresh, Path.GetFileName(entry))))
            {
                if (Directory.Exists(entry) && FileKinds.OfLink(entry) == FileKind.Directory)
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
        }
    }

    private static void Check(int errno, string path)
    {
        if (errno != 0)
        {
            throw Errno.Exception(errno, path);
        }
    }

    // A leftover hidden folder holds nothing the output needs; a later run removes it.
    private static void Discard(string folder, FileWriting how) => how.Temps.Delete(folder);
}
