using System.Reflection;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Assets;

/// <summary>
/// Reads the asset files a profile names by path, e.g. <c>coder/config_maps/coder/bash-rc</c>. Each assembly of
/// the profile's class hierarchy is searched in turn, most derived first: an embedded resource with that logical
/// name, else a file under the assembly's folder. So a plugin subclassing a built-in family finds the family's
/// assets, and may shadow one by shipping the same path. A path that leaves the folder is refused, so a profile
/// can only read what it, or a class it derives from, ships.
/// </summary>
public sealed class AssetReader
{
    private readonly IReadOnlyList<Assembly> assemblies;

    private AssetReader(IReadOnlyList<Assembly> assemblies) => this.assemblies = assemblies;

    /// <summary>A reader searching the assemblies of <paramref name="type"/> and its base classes, most derived first.</summary>
    public static AssetReader ForType(Type type)
    {
        var chain = new List<Assembly>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            if (!chain.Contains(t.Assembly))
            {
                chain.Add(t.Assembly);
            }
        }

        return new AssetReader(chain.Count > 0 ? chain : [type.Assembly]);
    }

    public string ReadText(string path)
    {
        var normalized = Normalize(path);
        var searched = new List<string>();
        foreach (var assembly in assemblies)
        {
            if (ReadEmbedded(assembly, normalized) is { } text)
            {
                return text;
            }

            searched.Add($"no embedded resource of that name in {assembly.GetName().Name}");
            if (FileBeside(assembly, normalized) is { } file)
            {
                if (File.Exists(file))
                {
                    return ReadFile(path, file);
                }

                searched.Add($"no file {file}");
            }
        }

        throw new ProfileException($"asset '{path}' not found: {string.Join(", ", searched)}");
    }

    private static string? ReadEmbedded(Assembly assembly, string name)
    {
        using var embedded = assembly.GetManifestResourceStream(name);
        if (embedded is null)
        {
            return null;
        }

        using var reader = new StreamReader(embedded);
        return reader.ReadToEnd();
    }

    private static string ReadFile(string path, string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"asset '{path}': cannot read {file}: {e.Message}", e);
        }
    }

    // The file under the assembly's folder; null for an assembly loaded from memory. Normalize already refused
    // rooted paths and '..', the prefix check is a second guard for whatever the platform's rules add.
    private string? FileBeside(Assembly assembly, string normalized)
    {
        if (string.IsNullOrEmpty(assembly.Location) || Path.GetDirectoryName(assembly.Location) is not { Length: > 0 } folder)
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, normalized));
        return file.StartsWith(root, StringComparison.Ordinal) ? file : throw Escaping(normalized);
    }

    private string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.Length == 0 || normalized.StartsWith('/') || Path.IsPathRooted(normalized) || normalized.Contains(':')
            || HasEmptyOrDotSegment(normalized))
        {
            throw Escaping(path);
        }

        return normalized;
    }

    private static bool HasEmptyOrDotSegment(string path)
    {
        foreach (var part in path.Split('/'))
        {
            if (part is ".." or "" or ".")
            {
                return true;
            }
        }

        return false;
    }

    private ProfileException Escaping(string path) =>
        new($"asset path '{path}' must be relative and stay inside {assemblies[0].GetName().Name}'s folder (e.g. config_maps/my-profile/bash-rc)");
}
