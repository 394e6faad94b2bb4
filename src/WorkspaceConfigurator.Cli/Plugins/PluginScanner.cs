namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// Finds the plugin assemblies of a folder: each <c>.dll</c> directly in it, and in each sub-folder (one plugin's
/// build output). Other files are ignored. A .dll that another assembly of the same folder depends on (listed in
/// a sibling's .deps.json or referenced by a sibling) is a dependency, not a plugin, unless it declares an entry
/// point itself. Copies of the shared contract are ignored: the host's are used. The result is in ordinal path
/// order, whatever order the file system lists files in. A folder, sub-folder or .dll that cannot be read is an
/// error naming it (skipping it would drop a site's profiles without a word); a sub-folder that is the folder
/// itself or another sub-folder (a link such as self -> .) is scanned once.
/// </summary>
internal static class PluginScanner
{
    private static readonly EnumerationOptions TopLevel = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
    };

    public static IReadOnlyList<AssemblyFacts> Scan(string folder, SharedAssemblies shared)
    {
        var units = new List<string> { folder };
        var seen = new HashSet<string>(PluginFolders.PathComparer) { RealPath.Of(folder) ?? folder };
        foreach (var unit in Listed(folder, () => Directory.EnumerateDirectories(folder, "*", TopLevel).Order(StringComparer.Ordinal).ToList()))
        {
            if (seen.Add(RealPath.Of(unit) ?? unit))
            {
                units.Add(unit);
            }
        }

        return units.SelectMany(unit => ScanUnit(unit, shared))
            .OrderBy(facts => facts.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Why a file or folder cannot be read, in a few words ("permission denied").</summary>
    public static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message.ReplaceLineEndings(" ").TrimEnd('.');

    // One folder level: the files of a plugin build and its dependencies.
    private static IEnumerable<AssemblyFacts> ScanUnit(string folder, SharedAssemblies shared)
    {
        var files = Listed(folder, () => Directory.EnumerateFiles(folder, "*.dll", TopLevel).Order(StringComparer.Ordinal).ToList());
        if (files.Count == 0)
        {
            return [];
        }

        var inspected = files.Select(AssemblyInspector.Inspect).ToList();
        var depsFiles = Listed(folder, () => Directory.EnumerateFiles(folder, "*" + DepsFile.Suffix, TopLevel).Order(StringComparer.Ordinal).ToList());
        var listedInDeps = depsFiles.SelectMany(DepsFile.DependencyFileNames).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var plugins = new List<AssemblyFacts>();
        foreach (var (facts, failure) in inspected)
        {
            var path = facts?.Path ?? failure!.Path;
            if (failure is { Unreadable: true })
            {
                throw new ProfileException($"plugin '{failure.Path}' cannot be read: {failure.Reason}; give wsconf read access to the plugin folder, or remove the file");
            }

            var isDependency = listedInDeps.Contains(Path.GetFileName(path))
                || (facts is not null && inspected.Any(other => other.Facts is { } o && !ReferenceEquals(o, facts) && o.Reference(facts.Name.Name!) is not null));
            if (failure is not null)
            {
                // A native library a sibling ships is fine; a stray non-assembly .dll is a broken plugin.
                if (isDependency)
                {
                    continue;
                }

                throw new ProfileException($"plugin '{failure.Path}' is not a .NET assembly ({failure.Reason}); remove it or put the plugin's build output there");
            }

            if (facts!.IsSatellite || shared.Contains(facts.Name.Name) || (isDependency && !facts.DeclaresRegistrar))
            {
                continue;
            }

            plugins.Add(facts);
        }

        return plugins;
    }

    // A folder's listing; a folder that cannot be listed is an error naming it.
    private static List<string> Listed(string folder, Func<List<string>> list)
    {
        try
        {
            return list();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"plugin folder '{folder}' cannot be read: {Reason(e)}; give wsconf read access to it, or remove it");
        }
    }
}
