using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// What a replaced file or folder keeps: its permission bits (a 0600 config.yml with pull-secret data stays 0600)
/// and, when the process may set them, its owner and group (root writing a user's file leaves it the user's).
/// </summary>
internal sealed partial record KeptAttributes(UnixFileMode Mode, uint Uid, uint Gid)
{
    private const UnixFileMode PermissionBits = (UnixFileMode)0xFFF;

    // st_uid's offset in struct stat (st_gid follows it): x86-64 and arm64 lay the structure out differently.
    private static readonly int UidOffset = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 24 : 28;

    /// <summary>Read-only for its owner; root could write it anyway, so the mode decides, not an access check.</summary>
    public bool IsReadOnly => (Mode & UnixFileMode.UserWrite) == 0;

    /// <summary>The mode as chmod writes it, e.g. 0444.</summary>
    public string OctalMode => Convert.ToString((int)Mode, 8).PadLeft(4, '0');

    /// <summary>The attributes of an existing file or folder (links followed), or null where there are none to keep.</summary>
    public static KeptAttributes? Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var mode = File.GetUnixFileMode(path) & PermissionBits;
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return new KeptAttributes(mode, uint.MaxValue, uint.MaxValue);
        }

        Span<byte> buffer = stackalloc byte[256];
        if (StatCall(path, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            throw Errno.Exception(Marshal.GetLastPInvokeError(), path);
        }

        return new KeptAttributes(mode, BitConverter.ToUInt32(buffer.Slice(UidOffset, 4)), BitConverter.ToUInt32(buffer.Slice(UidOffset + 4, 4)));
    }

    /// <summary>Gives an open new file these attributes: the owner first, since chown clears set-user-ID bits.</summary>
    public void ApplyTo(SafeFileHandle handle, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (Uid != uint.MaxValue)
        {
            CheckOwnerChange(FchownCall(handle, Uid, Gid), path);
        }

        File.SetUnixFileMode(handle, Mode);
    }

    /// <summary>Gives a new folder (one this run created) these attributes.</summary>
    public void ApplyTo(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (Uid != uint.MaxValue)
        {
            CheckOwnerChange(ChownCall(folder, Uid, Gid), folder);
        }

        File.SetUnixFileMode(folder, Mode);
    }

    // Only root (or CAP_CHOWN) may give a file away: otherwise the new file stays the writer's, as any editor leaves it.
    private static void CheckOwnerChange(int result, string path)
    {
        if (result != 0 && Marshal.GetLastPInvokeError() is var errno and not (Errno.EPERM or Errno.EINVAL))
        {
            throw Errno.Exception(errno, path);
        }
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatCall(string path, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static partial int FchownCall(SafeFileHandle handle, uint owner, uint group);

    [LibraryImport("libc", EntryPoint = "chown", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int ChownCall(string path, uint owner, uint group);
}
