using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// Writes a file all at once: a temporary file beside the target, then a rename. A failed run leaves an existing
/// file untouched and creates nothing.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"cannot write '{path}': folder '{folder}' does not exist");
        }

        if (Directory.Exists(full))
        {
            throw new UsageException($"cannot write '{path}': it is a folder; give a file name");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new ProfileException($"cannot write '{path}': {e.Message}", e);
        }
    }

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
