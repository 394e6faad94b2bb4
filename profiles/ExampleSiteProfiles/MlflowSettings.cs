using WorkspaceConfigurator.Contract;

namespace ExampleSite.Profiles;

/// <summary>The site's own settings; each can be overridden like a built-in one, e.g. --override mlflow-coder:mlflow_tracking_uri=...</summary>
public static class MlflowSettings
{
    public static SettingKey<string> TrackingUri { get; } = new("mlflow_tracking_uri", HttpUrl, "MLflow tracking server the workspace logs runs to");

    // An absolute http(s) URL: the value becomes an environment variable, where KubeSpawner would choke on braces.
    private static SettingType<string> HttpUrl => new("http(s) URL", raw =>
        Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !raw.Contains('{') && !raw.Contains('}')
            ? raw.Trim()
            : throw new FormatException($"'{raw}' is not an http(s) URL (e.g. http://mlflow.mlflow.svc.cluster.local:5000)"), v => v);
}
