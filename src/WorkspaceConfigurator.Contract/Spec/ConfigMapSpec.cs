namespace WorkspaceConfigurator.Contract;

/// <summary>
/// A ConfigMap the hub creates (when <see cref="Content"/> is set) and mounts (when <see cref="MountPath"/> is set,
/// as a single file: the mount's subPath is <see cref="Key"/>). <see cref="Name"/> is also the pod volume name.
/// </summary>
public sealed record ConfigMapSpec : ISpecRecord
{
    public required string Name { get; init; }

    public required string Key { get; init; }

    public string? MountPath { get; init; }

    public required int DefaultMode { get; init; }

    public required bool ReadOnly { get; init; }

    public string? Content { get; init; }

    public required bool Persist { get; init; }

    /// <summary>The usual file mode of a built-in config map (rw for owner and group).</summary>
    public const int DefaultFileMode = 0b110_110_000; // 0660

    /// <summary>A file others may read too (0644): scripts and settings files outside the home.</summary>
    public const int ReadableByAllMode = 0b110_100_100; // 0644

    /// <summary>The mode as the hub wants it: an octal string ("0660"); a bare 0660 would be read as the integer 432.</summary>
    internal string OctalMode => "0" + Convert.ToString(DefaultMode, 8).PadLeft(3, '0');
}
