using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Profiles.Common;

/// <summary>Environment variables every built-in family sets: a home and XDG folders on the workspace volume.</summary>
/// <remarks>
/// Plain arrays, built by index: LINQ and collection expressions over the key-value struct instantiate generic
/// code that is JIT-compiled at start-up.
/// </remarks>
internal static class WorkspaceEnvironment
{
    /// <summary>HOME, then <paramref name="family"/>'s variables, then the XDG folders and CWL options.</summary>
    public static KeyValuePair<string, EnvValue>[] For(string home, params KeyValuePair<string, EnvValue>[] family)
    {
        KeyValuePair<string, EnvValue>[] xdgAndCwl =
        [
            new("XDG_RUNTIME_DIR", $"{home}/.local"),
            new("XDG_CONFIG_HOME", $"{home}/.local"),
            new("XDG_DATA_HOME", $"{home}/.local/share/"),
            new("CWLTOOL_OPTIONS", "--podman"),
        ];
        var all = new KeyValuePair<string, EnvValue>[1 + family.Length + xdgAndCwl.Length];
        all[0] = new("HOME", home);
        family.CopyTo(all, 1);
        xdgAndCwl.CopyTo(all, 1 + family.Length);
        return all;
    }

    /// <summary><paramref name="first"/>'s variables, then <paramref name="more"/>.</summary>
    public static List<KeyValuePair<string, EnvValue>> Append(IEnumerable<KeyValuePair<string, EnvValue>> first, params KeyValuePair<string, EnvValue>[] more)
    {
        var all = new List<KeyValuePair<string, EnvValue>>();
        foreach (var variable in first)
        {
            all.Add(variable);
        }

        foreach (var variable in more)
        {
            all.Add(variable);
        }

        return all;
    }
}
