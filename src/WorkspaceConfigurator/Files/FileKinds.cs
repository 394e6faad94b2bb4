using System.Runtime.InteropServices;

namespace WorkspaceConfigurator.Files;

/// <summary>Reads a path's kind with stat(2) (links followed) or lstat(2) (not followed) on Linux; elsewhere from .NET's view.</summary>
internal static partial class FileKinds
{
    // st_mode's offset in struct stat: x86-64 and arm64 lay the structure out differently.
    private static readonly int ModeOffset = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 16 : 24;

    /// <summary>The kind of what the path leads to, links followed.</summary>
    public static FileKind Of(string path) => Stat(path, followLinks: true);

    /// <summary>The kind of the path itself: a symbolic link is <see cref="FileKind.SymbolicLink"/>.</summary>
    public static FileKind OfLink(string path) => Stat(path, followLinks: false);

    private static FileKind Stat(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        Span<byte> buffer = stackalloc byte[256];
        var result = followLinks ? StatCall(path, ref MemoryMarshal.GetReference(buffer)) : LstatCall(path, ref MemoryMarshal.GetReference(buffer));
        if (result != 0)
        {
            return FileKind.Missing;
        }

        var mode = BitConverter.ToUInt32(buffer.Slice(ModeOffset, 4)) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Pipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Regular,
        };
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatCall(string path, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LstatCall(string path, ref byte buffer);
}
