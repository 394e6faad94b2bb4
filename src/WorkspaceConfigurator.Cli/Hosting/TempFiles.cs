namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>
/// The temporary files and folders a run creates beside its output, so that SIGINT or SIGTERM can delete them before
/// the process ends; and the stretches of work a signal must not cut (swapping profile folders, writing a file in
/// place), after which a deferred signal ends the process. Program.cs makes one per process and ends the process
/// through it; in-process tests make their own.
/// </summary>
/// <remarks>
/// A signal handler runs on its own thread while the command goes on. Creating a temporary (and writing into a
/// temporary folder) happens under the same lock the handler deletes under, and the handler ends the process still
/// holding it: so nothing can be created after the handler has deleted what was registered.
/// </remarks>
internal sealed class TempFiles(Action? arm = null)
{
    private readonly Lock gate = new();
    private Action? arm = arm;
    private readonly HashSet<string> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);
    private int critical;
    private (int ExitCode, Action<int> Exit)? deferred;
    private bool ending;

    /// <summary>Creates a temporary file or folder with <paramref name="create"/> and registers it for deletion on a signal.</summary>
    public T Create<T>(string path, bool isFolder, Func<T> create)
    {
        lock (gate)
        {
            ThrowIfEnding();
            Arm();
            var created = create();
            (isFolder ? folders : files).Add(path);
            return created;
        }
    }

    /// <summary>Runs <paramref name="work"/> inside a registered temporary folder, never at the same time as the deletion on a signal.</summary>
    public void Guarded(Action work)
    {
        lock (gate)
        {
            ThrowIfEnding();
            work();
        }
    }

    /// <summary>Stops tracking a temporary that was renamed into place.</summary>
    public void Forget(string path)
    {
        lock (gate)
        {
            files.Remove(path);
            folders.Remove(path);
        }
    }

    /// <summary>Deletes a temporary (best effort) and stops tracking it; never at the same time as the deletion on a signal, which would race it.</summary>
    public void Delete(string path)
    {
        lock (gate)
        {
            DeleteNow(path);
            files.Remove(path);
            folders.Remove(path);
        }
    }

    /// <summary>A stretch a signal must not cut: a signal that arrives meanwhile ends the process when the stretch is done.</summary>
    public IDisposable Critical()
    {
        lock (gate)
        {
            ThrowIfEnding();
            Arm();
            critical++;
        }

        return new CriticalStretch(this);
    }

    /// <summary>
    /// What a signal handler calls: deletes what is registered and ends the process through <paramref name="exit"/>
    /// with <paramref name="exitCode"/>, now or, inside a critical stretch, when the stretch is done.
    /// </summary>
    public void End(int exitCode, Action<int> exit)
    {
        lock (gate)
        {
            if (critical > 0)
            {
                deferred ??= (exitCode, exit);
                return;
            }

            EndNow(exitCode, exit);
        }
    }

    private void Leave()
    {
        lock (gate)
        {
            critical--;
            if (critical == 0 && deferred is { } signal)
            {
                deferred = null;
                EndNow(signal.ExitCode, signal.Exit);
            }
        }
    }

    // Called holding the lock; the real exit never returns, so the lock is never released.
    private void EndNow(int exitCode, Action<int> exit)
    {
        ending = true;
        foreach (var path in files.Concat(folders))
        {
            DeleteNow(path);
        }

        files.Clear();
        folders.Clear();
        exit(exitCode);
    }

    // Signals are handled only once there is something to clean up or protect: most runs write to stdout and never
    // need it, and the handlers cost start-up time.
    private void Arm()
    {
        var first = arm;
        arm = null;
        first?.Invoke();
    }

    private void ThrowIfEnding()
    {
        if (ending)
        {
            throw new OperationCanceledException("wsconf is ending on a signal");
        }
    }

    private static void DeleteNow(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for a later run, which recognises the name and removes it once this process is gone.
        }
    }

    private sealed class CriticalStretch(TempFiles owner) : IDisposable
    {
        private bool left;

        public void Dispose()
        {
            if (!left)
            {
                left = true;
                owner.Leave();
            }
        }
    }
}
