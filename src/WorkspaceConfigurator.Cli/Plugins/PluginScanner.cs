using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// Finds the plugin assemblies of a folder: each <c>.dll</c> directly in it, and in each sub-folder (one plugin's
/// build output). Other files are ignored. A .dll that another assembly of the same folder depends on (listed in
/// a sibling's .deps.json or referenced by a sibling) is a dependency, not a plugin, unless it declares an entry
/// point itself. Copies of the shared contract are ignored: the host's are used. The result is in ordinal path
/// order, whatever order the file system lists files in.
/// </summary>
internal static class PluginScanner
{
    private static readonly EnumerationOptions TopLevel = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
    };

    public static IReadOnlyList<AssemblyFacts> Scan(string folder, SharedAssemblies shared)
    {
        var units = Directory.EnumerateDirectories(folder, "*", TopLevel).Prepend(folder);
        return units.SelectMany(unit => ScanUnit(unit, shared))
            .OrderBy(facts => facts.Path, StringComparer.Ordinal)
            .ToList();
    }

    // One folder level: the files of a plugin build and its dependencies.
    private static IEnumerable<AssemblyFacts> ScanUnit(string folder, SharedAssemblies shared)
    {
        var files = Directory.EnumerateFiles(folder, "*.dll", TopLevel).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return [];
        }

        var inspected = files.Select(AssemblyInspector.Inspect).ToList();
        var listedInDeps = Directory.EnumerateFiles(folder, "*" + DepsFile.Suffix, TopLevel).Order(StringComparer.Ordinal)
            .SelectMany(DepsFile.DependencyFileNames)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var plugins = new List<AssemblyFacts>();
        foreach (var (facts, failure) in inspected)
        {
            var path = facts?.Path ?? failure!.Path;
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
}
