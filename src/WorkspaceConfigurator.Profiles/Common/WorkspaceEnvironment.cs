namespace WorkspaceConfigurator.Profiles.Common;

/// <summary>Environment variables every built-in family sets: a home and XDG folders on the workspace volume.</summary>
internal static class WorkspaceEnvironment
{
    /// <summary>HOME, then <paramref name="family"/>'s variables, then the XDG folders and CWL options.</summary>
    public static KeyValuePair<string, EnvValue>[] For(string home, params KeyValuePair<string, EnvValue>[] family) =>
    [
        new("HOME", home),
        .. family,
        new("XDG_RUNTIME_DIR", $"{home}/.local"),
        new("XDG_CONFIG_HOME", $"{home}/.local"),
        new("XDG_DATA_HOME", $"{home}/.local/share/"),
        new("CWLTOOL_OPTIONS", "--podman"),
    ];

    /// <summary><paramref name="first"/>'s variables, then <paramref name="more"/>.</summary>
    public static List<KeyValuePair<string, EnvValue>> Append(IEnumerable<KeyValuePair<string, EnvValue>> first, params KeyValuePair<string, EnvValue>[] more) =>
        [.. first, .. more];
}
