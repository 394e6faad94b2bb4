using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Profiles.Common;

/// <summary>Environment variables every built-in family sets: a home and XDG folders on the workspace volume.</summary>
internal static class WorkspaceEnvironment
{
    public static IEnumerable<KeyValuePair<string, EnvValue>> Home(string home) =>
    [
        new("HOME", home),
    ];

    public static IEnumerable<KeyValuePair<string, EnvValue>> XdgAndCwl(string home) =>
    [
        new("XDG_RUNTIME_DIR", $"{home}/.local"),
        new("XDG_CONFIG_HOME", $"{home}/.local"),
        new("XDG_DATA_HOME", $"{home}/.local/share/"),
        new("CWLTOOL_OPTIONS", "--podman"),
    ];
}
