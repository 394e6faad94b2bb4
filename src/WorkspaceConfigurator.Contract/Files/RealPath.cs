namespace WorkspaceConfigurator.Contract;

/// <summary>
/// A path with every symbolic link resolved, component by component (what realpath(3) gives), so that "is this
/// file inside that folder" cannot be fooled by a link somewhere along the way.
/// </summary>
internal static class RealPath
{
    // As many links as Linux follows before it reports ELOOP.
    private const int MaxLinks = 40;

    /// <summary>The real path, or null when a link loops or goes deeper than the system would follow.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var parts = new Stack<string>();
        PushAll(parts, Parts(full[root.Length..]));
        var resolved = root;
        var links = 0;
        while (parts.Count > 0)
        {
            var part = parts.Pop();
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? root;
                continue;
            }

            var next = Path.Combine(resolved, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not { } target)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target) ?? root;
                target = target[resolved.Length..];
            }

            PushAll(parts, Parts(target));
        }

        return resolved;
    }

    /// <summary>True when <paramref name="path"/>, links resolved, is <paramref name="folder"/> or lies under it (links resolved too).</summary>
    public static bool IsInside(string path, string folder) =>
        Of(path) is { } real && Of(folder) is { } root
        && (real == root || real.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    // The first part ends on top, so parts are taken from the front.
    private static void PushAll(Stack<string> stack, List<string> parts)
    {
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            stack.Push(parts[i]);
        }
    }

    private static List<string> Parts(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part != ".")
            {
                parts.Add(part);
            }
        }

        return parts;
    }
}
