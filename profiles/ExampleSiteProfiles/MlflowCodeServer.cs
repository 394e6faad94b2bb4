using WorkspaceConfigurator.Contract;
using WorkspaceConfigurator.Profiles.Coder;

namespace ExampleSite.Profiles;

/// <summary>
/// Code Server that logs experiments to the site's MLflow tracking server. It keeps the Code Server family's
/// volumes, role bindings and login shell, and adds its own bash rc, a tracking URI setting and a manifest.
/// </summary>
public sealed class MlflowCodeServer : CoderProfile
{
    public override string Slug => "mlflow-coder";

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Code Server with MLflow");
        settings.Set(CoreSettings.Description, "Code Server with the MLflow client, logging runs to the site's tracking server");

        // Through the Service alias the manifest creates in the user's namespace.
        settings.Set(MlflowSettings.TrackingUri, "http://mlflow:5000");
    }

    public override string? BashrcPath => "config_maps/mlflow-coder/bash-rc";

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        base.PodEnvVars(context).Append(new("MLFLOW_TRACKING_URI", context.Get(MlflowSettings.TrackingUri)));

    // The ConfigMap mlflow-client that the manifest creates.
    protected override IEnumerable<string> EnvFromConfigMaps(ProfileContext context) => ["mlflow-client"];

    protected override IEnumerable<ManifestSpec> Manifests(ProfileContext context) =>
    [
        context.ManifestFromAsset($"mlflow-{context.Slug}", "mlflow", "manifests/mlflow-coder/mlflow.yaml"),
    ];
}
