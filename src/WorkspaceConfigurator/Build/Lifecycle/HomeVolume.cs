namespace WorkspaceConfigurator.Build.Lifecycle;

/// <summary>Which volume holds the home: the one mounted at the home or at the nearest folder above it.</summary>
internal static class HomeVolume
{
    public static VolumeSpec? Find(ValueList<VolumeSpec> volumes, string home)
    {
        VolumeSpec? best = null;
        foreach (var volume in volumes)
        {
            if (Contains(volume.MountPath, home) && (best is null || volume.MountPath.Length > best.MountPath.Length))
            {
                best = volume;
            }
        }

        return best;
    }

    /// <summary><paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool Contains(string folder, string path)
    {
        var trimmed = folder.TrimEnd('/');
        return path == trimmed || path.StartsWith(trimmed + "/", StringComparison.Ordinal);
    }

    /// <summary>The path relative to the home, for a path inside it.</summary>
    public static string Relative(string home, string path) => path[(home.TrimEnd('/').Length + 1)..];
}
