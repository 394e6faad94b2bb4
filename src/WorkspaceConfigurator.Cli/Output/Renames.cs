using System.Runtime.InteropServices;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// rename(2) and renameat2(2) as they are: .NET's File.Move copies when a rename crosses devices, and has no
/// exchange of two folders. Each returns 0 or the errno, so callers choose a fallback by the reason.
/// </summary>
internal static partial class Renames
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Renames <paramref name="from"/> over <paramref name="to"/> (a file, or a folder onto a missing or empty one).</summary>
    public static int Rename(string from, string to)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return ManagedMove(from, to);
        }

        return RenameCall(from, to) == 0 ? 0 : Marshal.GetLastPInvokeError();
    }

    /// <summary>Swaps two existing paths in one step; ENOSYS or EINVAL when the system or file system cannot.</summary>
    public static int Exchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Errno.ENOSYS;
        }

        try
        {
            return RenameAt2Call(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0 ? 0 : Marshal.GetLastPInvokeError();
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than renameat2 (glibc 2.28): the journal fallback does the same, in two steps.
            return Errno.ENOSYS;
        }
    }

    private static int ManagedMove(string from, string to)
    {
        try
        {
            if (Directory.Exists(from))
            {
                Directory.Move(from, to);
            }
            else
            {
                File.Move(from, to, overwrite: true);
            }

            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Errno.Of(e) is > 0 and var code ? code : Errno.EPERM;
        }
    }

    [LibraryImport("libc", EntryPoint = "rename", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameCall(string from, string to);

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2Call(int fromFolder, string from, int toFolder, string to, uint flags);
}
