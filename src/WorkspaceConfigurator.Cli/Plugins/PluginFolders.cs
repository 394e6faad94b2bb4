using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>Checks the requested plugin folders and drops repeats, keeping the order they were given in.</summary>
internal static class PluginFolders
{
    /// <summary>Full paths of existing folders; a missing folder or a file is a usage error naming it.</summary>
    public static IReadOnlyList<string> Resolve(IEnumerable<PluginFolderRequest> requests)
    {
        var folders = new List<string>();
        var seen = new HashSet<string>(PathComparer);
        foreach (var request in requests)
        {
            if (request.Path.Trim().Length == 0)
            {
                throw new UsageException($"{request.Source} needs a folder, not an empty value");
            }

            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.Path));
            if (File.Exists(full))
            {
                throw new UsageException($"{request.Source} '{request.Path}' is a file, not a folder; give the folder that holds the plugins");
            }

            if (!Directory.Exists(full))
            {
                throw new UsageException($"{request.Source} '{request.Path}': no such folder");
            }

            // A link to a folder already given (or a path through a link to it) is the same folder.
            if (seen.Add(RealPath.Of(full) ?? full))
            {
                folders.Add(full);
            }
        }

        return folders;
    }

    /// <summary>How file paths compare on this platform (case-insensitive on Windows and macOS).</summary>
    public static StringComparer PathComparer { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
