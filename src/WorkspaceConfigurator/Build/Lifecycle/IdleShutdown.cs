using System.Globalization;

namespace WorkspaceConfigurator.Build.Lifecycle;

/// <summary>
/// Auto-off for Jupyter servers: a server config that makes the server stop itself after a time without activity,
/// and cull idle kernels after the same time. The hub then sees the server gone and disposes of the workspace (its
/// persist: false objects). The file goes into jupyter_server_config.d, which every Jupyter server reads next to
/// the image's own config, so nothing of the image is replaced.
/// </summary>
internal static class IdleShutdown
{
    public const string FileName = "wsconf-idle-timeout.json";
    public const string MountPath = "/etc/jupyter/jupyter_server_config.d/" + FileName;

    public static string ConfigMapName(string slug) => $"idle-timeout-{slug}";

    public static ConfigMapSpec ConfigMap(string slug, TimeSpan timeout)
    {
        var seconds = ((long)timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var content =
            $$"""
            {
              "ServerApp": {
                "shutdown_no_activity_timeout": {{seconds}}
              },
              "MappingKernelManager": {
                "cull_idle_timeout": {{seconds}},
                "cull_interval": 60
              }
            }

            """;
        return new ConfigMapSpec
        {
            Name = ConfigMapName(slug),
            Key = FileName,
            MountPath = MountPath,
            DefaultMode = ConfigMapSpec.ReadableByAllMode,
            ReadOnly = true,
            Content = content,
            Persist = false,
        };
    }
}
