using System.Runtime.InteropServices;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// The Linux error numbers output writing decides on. .NET puts the errno of a failed call in IOException.HResult
/// (and an UnauthorizedAccessException carries it in its inner exception), so the decision never parses a message.
/// </summary>
internal static class Errno
{
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int EACCES = 13;
    public const int EBUSY = 16;
    public const int EEXIST = 17;
    public const int EXDEV = 18;
    public const int EINVAL = 22;
    public const int EROFS = 30;
    public const int ENOSYS = 38;
    public const int ENOTEMPTY = 39;

    /// <summary>The errno behind <paramref name="exception"/>, or 0 when it carries none (or not on Linux).</summary>
    public static int Of(Exception exception) => exception switch
    {
        UnauthorizedAccessException { InnerException: IOException inner } when Of(inner) is > 0 and var code => code,
        UnauthorizedAccessException => OperatingSystem.IsLinux() ? EACCES : 0,
        IOException io when OperatingSystem.IsLinux() && io.HResult is > 0 and < 4096 => io.HResult,
        _ => 0,
    };

    /// <summary>True when creating a file in a folder failed because the folder cannot be written.</summary>
    public static bool IsReadOnlyFolder(int errno) => errno is EROFS or EACCES or EPERM;

    /// <summary>The system's text for <paramref name="errno"/> (strerror), e.g. "Device or resource busy".</summary>
    public static string Text(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    /// <summary>An exception for a failed call, shaped as .NET shapes its own: the errno in HResult.</summary>
    public static IOException Exception(int errno, string path) => new($"{Text(errno)} : '{path}'", errno);
}
