using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Rendering.Kubernetes;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// Writes one sub-folder per profile into a folder without leaving half-written output: every file goes into a
/// staging folder beside the target first. A new target folder is then renamed into place as a whole; in an
/// existing one, each profile's sub-folder is replaced by a rename (the old one is moved aside and deleted at the
/// end, or moved back if a later rename fails). Other files and folders in the target are left alone.
/// </summary>
internal static class ProfileFolders
{
    public static void Write(string path, IReadOnlyDictionary<string, IReadOnlyList<LayoutFile>> filesBySlug)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent))
        {
            throw new UsageException($"cannot write '{path}': folder '{parent}' does not exist");
        }

        if (File.Exists(full))
        {
            throw new UsageException($"cannot write '{path}': it is a file; give a folder for --output-dir");
        }

        var id = Guid.NewGuid().ToString("N");
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.{id}.tmp");
        var aside = Path.Combine(parent, $".{Path.GetFileName(full)}.{id}.old");
        try
        {
            Stage(staging, filesBySlug);
            if (!Directory.Exists(full))
            {
                Directory.Move(staging, full);
                return;
            }

            Replace(full, staging, aside, filesBySlug.Keys);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"cannot write '{path}': {e.Message}", e);
        }
        finally
        {
            TryDelete(staging);
            TryDelete(aside);
        }
    }

    private static void Stage(string staging, IReadOnlyDictionary<string, IReadOnlyList<LayoutFile>> filesBySlug)
    {
        Directory.CreateDirectory(staging);
        foreach (var file in filesBySlug.Values.SelectMany(f => f))
        {
            var target = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, file.Content);
        }
    }

    private static void Replace(string full, string staging, string aside, IEnumerable<string> slugs)
    {
        Directory.CreateDirectory(aside);
        var replaced = new List<string>();
        try
        {
            foreach (var slug in slugs)
            {
                var current = Path.Combine(full, slug);
                if (Directory.Exists(current))
                {
                    Directory.Move(current, Path.Combine(aside, slug));
                }
                else if (File.Exists(current))
                {
                    throw new IOException($"'{current}' is a file, not a profile folder");
                }

                replaced.Add(slug);
                Directory.Move(Path.Combine(staging, slug), current);
            }
        }
        catch
        {
            // Put back what was there before this run.
            foreach (var slug in replaced)
            {
                var current = Path.Combine(full, slug);
                var old = Path.Combine(aside, slug);
                TryDelete(current);
                if (Directory.Exists(old))
                {
                    Directory.Move(old, current);
                }
            }

            throw;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden staging folder is harmless; the target is complete either way.
        }
    }
}
