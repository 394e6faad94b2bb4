using WorkspaceConfigurator.Catalog;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// Watches the plugin calls of a run (<paramref name="current"/> gives the call in progress, e.g. from
/// <see cref="PluginCalls.Current"/>) from a background thread of its own and reports the first call that has not
/// returned within the limit. .NET cannot stop a thread that is stuck in plugin code, so the caller ends the process.
/// </summary>
internal sealed class PluginWatchdog(Func<PluginCall?> current, TimeSpan limit, Action<PluginCall> overdue)
{
    public const string LimitVariable = "WSCONF_PLUGIN_TIMEOUT";

    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(30);

    /// <summary>Starts watching; the thread never keeps the process alive.</summary>
    public void Start() => new Thread(Watch) { IsBackground = true, Name = "wsconf plugin watchdog" }.Start();

    private void Watch()
    {
        // Checked a few times a second (at least twenty times per limit): a hang is reported close to the limit.
        var interval = TimeSpan.FromTicks(Math.Clamp(limit.Ticks / 20, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromMilliseconds(250).Ticks));
        while (true)
        {
            if (current()?.Overdue(limit) is { } call)
            {
                overdue(call);
                return;
            }

            Thread.Sleep(interval);
        }
    }

    /// <summary>The limit from <c>WSCONF_PLUGIN_TIMEOUT</c> (whole seconds; 0 turns it off, giving null), else 30 s.</summary>
    public static TimeSpan? LimitFrom(Func<string, string?> getEnvironmentVariable)
    {
        var text = getEnvironmentVariable(LimitVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultLimit;
        }

        return int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? seconds == 0 ? null : TimeSpan.FromSeconds(seconds)
            : throw new Errors.UsageException($"{LimitVariable} '{text}' must be a whole number of seconds (0 turns the limit off)");
    }

    /// <summary>"30 s".</summary>
    public static string Describe(TimeSpan limit) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{limit.TotalSeconds:0.###} s");
}
