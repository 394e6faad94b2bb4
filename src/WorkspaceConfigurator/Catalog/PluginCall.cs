using System.Diagnostics;

namespace WorkspaceConfigurator.Catalog;

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
