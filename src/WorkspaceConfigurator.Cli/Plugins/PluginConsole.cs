using System.Diagnostics;
using System.Text;
using WorkspaceConfigurator.Catalog;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// What stands in for <see cref="Console.Out"/> and <see cref="Console.Error"/> while plugins run, so that plugin
/// code cannot write into wsconf's output (stdout is the YAML). wsconf itself never writes through
/// <see cref="Console"/> (its commands write to the streams they are given), so what arrives here comes from a
/// plugin: from the plugin call in progress on that thread (<see cref="PluginCalls"/>), else from a plugin method on
/// the caller's stack (a thread of the plugin's own). That is reported on stderr as a warning naming the plugin and
/// where it was, with the first line it wrote; it never reaches stdout. Writes that no plugin made go through
/// unchanged. An instance, so a test can check the attribution in-process.
/// </summary>
internal sealed class PluginConsole
{
    private const int MaxShown = 160;

    private readonly TextWriter stderr;
    private readonly object gate = new();
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);
    private readonly StringBuilder line = new();
    private PluginCalls? calls;
    private (string Plugin, string Where, string Stream)? writer;
    private bool lineCut;

    /// <param name="stdout">wsconf's standard output: writes that no plugin made go here.</param>
    /// <param name="stderr">wsconf's standard error: the warnings go here.</param>
    public PluginConsole(TextWriter stdout, TextWriter stderr)
    {
        this.stderr = stderr;
        Out = new Writer(this, stdout, "the console");
        Error = new Writer(this, stderr, "standard error");
    }

    /// <summary>Stands in for <see cref="Console.Out"/>.</summary>
    public TextWriter Out { get; }

    /// <summary>Stands in for <see cref="Console.Error"/>.</summary>
    public TextWriter Error { get; }

    /// <summary>The plugin calls of the run, which say what a plugin was doing when it printed.</summary>
    public void Attach(PluginCalls pluginCalls) => Volatile.Write(ref calls, pluginCalls);

    /// <summary>Reports a line still in progress (written without a newline). Called when the run ends.</summary>
    public void Flush()
    {
        lock (gate)
        {
            EndLine();
        }
    }

    private void Write(TextWriter real, string stream, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (Culprit() is not { } culprit)
        {
            real.Write(text);
            return;
        }

        lock (gate)
        {
            var key = (culprit.Plugin, culprit.Where, stream);
            if (writer != key)
            {
                EndLine();
                writer = key;
            }

            foreach (var c in text)
            {
                if (c == '\n')
                {
                    EndLine();
                }
                else if (line.Length < MaxShown)
                {
                    line.Append(c);
                }
                else
                {
                    lineCut = true;
                }
            }
        }
    }

    // One warning per plugin call and stream, with the first line that is not blank; the rest is dropped.
    private void EndLine()
    {
        if (writer is { } key && !string.IsNullOrWhiteSpace(line.ToString()) && reported.Add($"{key.Plugin}\n{key.Where}\n{key.Stream}"))
        {
            var text = Escape(line.ToString().TrimEnd('\r')) + (lineCut ? "..." : "");
            stderr.WriteLine($"warning: plugin '{key.Plugin}' ({key.Where}) wrote to {key.Stream}: {text}");
            stderr.Flush();
        }

        line.Clear();
        lineCut = false;
    }

    // The plugin call running on this thread, else a plugin's method on this thread's stack.
    private (string Plugin, string Where)? Culprit()
    {
        if (Volatile.Read(ref calls)?.Current is { } call && call.ThreadId == Environment.CurrentManagedThreadId)
        {
            return (call.Plugin, call.Context);
        }

        return PluginOnStack(new StackTrace(fNeedFileInfo: false)) is { } plugin ? (plugin, "on a thread of its own") : null;
    }

    /// <summary>The plugin whose code is on a stack (the innermost), or null.</summary>
    public static string? PluginOnStack(StackTrace trace)
    {
        if (!PluginSupport.IsSupported)
        {
            return null;
        }

        foreach (var frame in trace.GetFrames())
        {
            if (frame.GetMethod()?.Module.Assembly is { } assembly && PluginLoadContext.PluginOf(assembly) is { } plugin)
            {
                return plugin;
            }
        }

        return null;
    }

    /// <summary>Control characters as escapes (\n, \x1b), so a plugin's output cannot drive the terminal.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\t' => "\\t",
                '\r' => "\\r",
                '\n' => "\\n",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private sealed class Writer(PluginConsole console, TextWriter real, string stream) : TextWriter
    {
        public override Encoding Encoding => real.Encoding;

        public override IFormatProvider FormatProvider => real.FormatProvider;

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string NewLine
        {
            get => "\n";
            set { }
        }

        public override void Write(char value) => console.Write(real, stream, [value]);

        public override void Write(string? value) => console.Write(real, stream, value);

        public override void Write(char[] buffer, int index, int count) => console.Write(real, stream, buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer) => console.Write(real, stream, buffer);

        public override void WriteLine() => console.Write(real, stream, "\n");

        public override void WriteLine(string? value) => console.Write(real, stream, value + "\n");

        public override void WriteLine(ReadOnlySpan<char> buffer) => console.Write(real, stream, string.Concat(buffer, "\n"));

        public override void Flush() => real.Flush();
    }
}
