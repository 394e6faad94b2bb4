using System.Diagnostics;
using System.Runtime.InteropServices;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// How a run contains its plugins. Plugins are code the site runs inside wsconf: nothing stops them from doing
/// anything the process may do, but what .NET lets a host see is reported as one line naming the plugin and what it
/// was running. Nothing happens until plugins are about to load (<see cref="Attach"/>), so a run of the built-in
/// profiles pays only for this object.
/// <list type="bullet">
/// <item>Console.Out and Console.Error are replaced by a <see cref="PluginConsole"/>: plugin output becomes a warning on
/// stderr, never part of stdout.</item>
/// <item>A <see cref="PluginWatchdog"/> ends the process (exit 1) when a plugin call does not return within the limit.</item>
/// <item>Environment.Exit during a plugin call is reported, and the exit code made 1: .NET runs ProcessExit handlers on
/// Environment.Exit and honours an ExitCode they set (it cannot stop the exit itself).</item>
/// <item>An exception on a plugin's own thread is reported and ends the process with exit 1 instead of the runtime's
/// abort (134).</item>
/// <item><see cref="Finish"/> ends the run with Environment.Exit, so a foreground thread a plugin left behind cannot keep
/// the process alive.</item>
/// </list>
/// Not containable in-process: a stack overflow (the runtime aborts the process: exit 134, with its own report of the
/// repeated frames on stderr), Environment.FailFast, native code, and plugin writes to the raw standard output stream
/// (Console.OpenStandardOutput) or file descriptors. docs/plugins.md says so.
/// </summary>
internal sealed class PluginHost
{
    // Only the flag is set before plugins load: a run of the built-in profiles loads nothing else of this class.
    private readonly bool processWide;
    private readonly object gate = new();
    private PluginConsole? console;
    private TextWriter? stdout;
    private TextWriter? stderr;
    private PluginCalls? calls;
    private TimeSpan limit;
    private bool installed;
    private List<PosixSignalRegistration>? signals;

    // An exit wsconf itself decided (the end of the run, the watchdog, a crash report), or a signal's.
    private volatile bool exiting;
    private volatile bool signalled;

    private PluginHost(bool processWide) => this.processWide = processWide;

    /// <summary>For the real process (Program.cs): replaces the console, reports exits and crashes, ends hangs.</summary>
    public static PluginHost ForProcess() => new(processWide: true);

    /// <summary>For a run in-process (tests): only the console capture, which the caller installs where it wants it.</summary>
    public static PluginHost InProcess() => new(processWide: false);

    /// <summary>The console capture, once plugins have started to load; null before.</summary>
    public PluginConsole? Console => Volatile.Read(ref console);

    /// <summary>
    /// Called before plugins load, with the run's own output streams, the plugin calls of its registry and the time
    /// limit for a plugin call (null: none).
    /// </summary>
    public void Attach(TextWriter output, TextWriter error, PluginCalls pluginCalls, TimeSpan? callLimit)
    {
        lock (gate)
        {
            stdout = output;
            stderr = error;
            Volatile.Write(ref calls, pluginCalls);
            var capture = console ?? new PluginConsole(output, error);
            capture.Attach(pluginCalls);
            Volatile.Write(ref console, capture);
            if (!processWide || installed)
            {
                return;
            }

            installed = true;
            System.Console.SetOut(capture.Out);
            System.Console.SetError(capture.Error);
            AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
            AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
            signals = WatchSignals();
            if (callLimit is { } value)
            {
                limit = value;
                new PluginWatchdog(() => Volatile.Read(ref calls)?.Current, value, OnOverdue).Start();
            }
        }
    }

    /// <summary>
    /// The end of the run: reports what a plugin printed without a newline, and when plugins ran in this process ends
    /// it with <paramref name="exitCode"/> (Environment.Exit: no thread a plugin started can keep it alive).
    /// </summary>
    public int Finish(int exitCode)
    {
        Console?.Flush();
        if (installed)
        {
            Exit(exitCode);
        }

        return exitCode;
    }

    private void OnOverdue(PluginCall call)
    {
        Report($"error: plugin '{call.Plugin}': {call.Action} did not return within {PluginWatchdog.Describe(limit)} (an endless loop?)");
        Exit(ExitCodes.Invalid);
    }

    // Environment.Exit (or the end of Main) from any thread: only a call in progress says which plugin did it.
    private void OnProcessExit(object? sender, EventArgs e)
    {
        if (exiting || signalled || Volatile.Read(ref calls)?.Current is not { } call)
        {
            return;
        }

        Report($"error: plugin '{call.Plugin}' ended the process (Environment.Exit({Environment.ExitCode})) during {call.Action}");
        Environment.ExitCode = ExitCodes.Invalid;
    }

    // Raised on the thread that threw, before the runtime aborts the process.
    private void OnUnhandledException(object sender, UnhandledExceptionEventArgs e)
    {
        if (exiting || e.ExceptionObject is not Exception exception || PluginConsole.PluginOnStack(new StackTrace(exception, fNeedFileInfo: false)) is not { } plugin)
        {
            return;
        }

        // wsconf's own errors (a registry.Add after Register returned) name the plugin already.
        Report(exception is WsconfException
            ? $"error: {exception.Message.ReplaceLineEndings(" ")}"
            : $"error: plugin '{plugin}' threw on a thread of its own: {PluginExceptions.Describe(exception)}");
        Exit(ExitCodes.Invalid);
    }

    private void Report(string line)
    {
        Console?.Flush();
        try
        {
            stderr?.WriteLine(line);
            stderr?.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // stderr is gone: the exit code still tells.
        }
    }

    private void Exit(int exitCode)
    {
        exiting = true;
        try
        {
            stdout?.Flush();
            stderr?.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Nothing more can be said: the exit code still tells.
        }

        Environment.Exit(exitCode);
    }

    /// <summary>The process is ending on a signal: its exit is not a plugin's to report.</summary>
    public void NoteSignal() => signalled = true;

    // A signal's exit is not a plugin's: noted, never handled (the run's own signal handling, or .NET's, decides).
    // The registrations are kept for the life of the run.
    private List<PosixSignalRegistration> WatchSignals()
    {
        var registrations = new List<PosixSignalRegistration>();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, _ => signalled = true));
            }
            catch (Exception e) when (e is PlatformNotSupportedException or IOException)
            {
                // Not a signal this platform has.
            }
        }

        return registrations;
    }
}
