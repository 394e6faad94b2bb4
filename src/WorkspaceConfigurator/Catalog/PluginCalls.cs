using System.Diagnostics;

namespace WorkspaceConfigurator.Catalog;

/// <summary>
/// Which plugin code wsconf is running now, on the thread of the run: which plugin, for which profile, in which
/// member, since when. The registry of a run owns one (never global). wsconf enters a call around each call into a
/// plugin (creating and running its registrars, reading a profile's slug and settings, each hook), never around the
/// built-in profiles. The command line reads it from other threads: a watchdog names a call that does not return,
/// the console capture names a plugin that prints, the exit handler names a plugin that ends the process.
/// </summary>
internal sealed class PluginCalls
{
    private PluginCall? current;

    /// <summary>The innermost call in progress (its <see cref="PluginCall.Outer"/> calls enclose it), or null.</summary>
    public PluginCall? Current => Volatile.Read(ref current);

    /// <summary>Starts a call; dispose the scope when the plugin code has returned (or thrown).</summary>
    public Scope Enter(string plugin, string? profile, string member)
    {
        var outer = current;
        Volatile.Write(ref current, new PluginCall(plugin, profile, member, Stopwatch.GetTimestamp(), Environment.CurrentManagedThreadId, outer));
        return new Scope(this, outer);
    }

    /// <summary>Ends a call, making the enclosing one current again. The default scope does nothing.</summary>
    internal readonly struct Scope : IDisposable
    {
        private readonly PluginCalls? calls;
        private readonly PluginCall? outer;

        internal Scope(PluginCalls calls, PluginCall? outer)
        {
            this.calls = calls;
            this.outer = outer;
        }

        public void Dispose()
        {
            if (calls is not null)
            {
                Volatile.Write(ref calls.current, outer);
            }
        }
    }
}
