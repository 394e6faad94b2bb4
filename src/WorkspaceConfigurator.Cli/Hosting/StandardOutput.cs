using System.Text;
using Microsoft.Win32.SafeHandles;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>
/// The writer for the process's standard output. <see cref="Console.Out"/> ignores a broken pipe (EPIPE), so
/// <c>wsconf dump-config | head</c> would end with exit 0 and half a configuration; where standard output is a
/// pipe, socket or terminal, wsconf writes the descriptor itself, and a broken pipe is an error. A regular file is
/// left to <see cref="Console.Out"/>, which writes at the descriptor's own offset (so <c>&gt;&gt; file</c> appends).
/// </summary>
internal static class StandardOutput
{
    public static TextWriter For(TextWriter given)
    {
        if (!ReferenceEquals(given, Console.Out) || OperatingSystem.IsWindows())
        {
            return given;
        }

        try
        {
            var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (stream.CanSeek)
            {
                stream.Dispose();
                return given;
            }

            return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true, NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A closed descriptor: Console.Out fails on the first write, which the guarded writer reports.
            return given;
        }
    }
}
