using System.Diagnostics;

namespace WorkspaceConfigurator.Registry;

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
    public readonly struct Scope : IDisposable
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

/// <summary>
/// One call into a plugin. <see cref="Member"/> says what runs ("hook Volumes", "Site.Registrar.Register");
/// <see cref="Profile"/> is the slug of the profile it runs for, when there is one.
/// </summary>
internal sealed record PluginCall(string Plugin, string? Profile, string Member, long StartedAt, int ThreadId, PluginCall? Outer)
{
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(StartedAt);

    /// <summary>What runs, as the subject of a sentence: "hook Volumes of profile 'x'".</summary>
    public string Action => Profile is null ? Member : $"{Member} of profile '{Profile}'";

    /// <summary>Where the plugin is, as a parenthesis: "profile 'x', hook Volumes".</summary>
    public string Context => Profile is null ? Member : $"profile '{Profile}', {Member}";

    /// <summary>The innermost call, this one or an enclosing one, that has run for longer than <paramref name="limit"/>.</summary>
    public PluginCall? Overdue(TimeSpan limit)
    {
        for (var call = this; call is not null; call = call.Outer)
        {
            if (call.Elapsed > limit)
            {
                return call;
            }
        }

        return null;
    }
}
