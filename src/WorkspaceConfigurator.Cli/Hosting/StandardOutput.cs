using System.Text;
using Microsoft.Win32.SafeHandles;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>
/// The writer for the process's standard output. <see cref="Console.Out"/> ignores a broken pipe (EPIPE), so
/// <c>wsconf dump-config | head</c> would end with exit 0 and half a configuration; where standard output is a
/// pipe, socket or terminal, wsconf writes the descriptor itself, and a broken pipe is an error. A regular file (or
/// a device such as /dev/null) is written through the console's stream, which writes at the descriptor's own offset
/// (so <c>&gt;&gt; file</c> appends). Either way the writer flushes after every write call, through a buffer large
/// enough for the pieces wsconf writes: <see cref="Console.Out"/>'s own buffer of 256 characters made one system
/// call per 256 characters, a tenth of the time of a 27 MB config.yml.
/// </summary>
internal static class StandardOutput
{
    private const int BufferSize = 16 * 1024;

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
                return Writer(Console.OpenStandardOutput());
            }

            return Writer(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A closed descriptor: Console.Out fails on the first write, which the guarded writer reports.
            return given;
        }
    }

    private static StreamWriter Writer(Stream stream) =>
        new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferSize) { AutoFlush = true, NewLine = "\n" };
}
