using System.Reflection;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Assets;

/// <summary>
/// Reads the asset files a profile names by path, e.g. <c>coder/config_maps/coder/bash-rc</c>: first an embedded
/// resource of the profile's assembly with that logical name, else a file under the assembly's folder. A path
/// that leaves that folder is refused, so a profile can only read what it ships.
/// </summary>
public sealed class AssetReader
{
    private readonly Assembly assembly;

    public AssetReader(Assembly assembly) => this.assembly = assembly;

    public string ReadText(string path)
    {
        var normalized = Normalize(path);
        using var embedded = assembly.GetManifestResourceStream(normalized);
        if (embedded is not null)
        {
            using var reader = new StreamReader(embedded);
            return reader.ReadToEnd();
        }

        var root = AssemblyFolder();
        if (root is not null)
        {
            var file = Path.GetFullPath(Path.Combine(root, normalized));
            if (File.Exists(file))
            {
                return File.ReadAllText(file);
            }
        }

        throw new ProfileException($"asset '{path}' not found: no embedded resource of that name in {assembly.GetName().Name}" +
            (root is null ? "" : $" and no file {Path.Combine(root, normalized)}"));
    }

    private string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.Length == 0 || normalized.StartsWith('/') || Path.IsPathRooted(normalized)
            || normalized.Split('/').Any(part => part is ".." or ""))
        {
            throw new ProfileException($"asset path '{path}' must be relative and stay inside {assembly.GetName().Name}'s folder (e.g. config_maps/my-profile/bash-rc)");
        }

        return normalized;
    }

    private string? AssemblyFolder() => string.IsNullOrEmpty(assembly.Location) ? null : Path.GetDirectoryName(assembly.Location);
}
