using WorkspaceConfigurator.Profiles.Common;

namespace WorkspaceConfigurator.Profiles.Coder;

/// <summary>Code Server with a per-user Dask Gateway, installed at spawn by a Crossplane Helm release.</summary>
public sealed class DaskGatewayCodeServer : CoderProfile
{
    public override string Slug => "coder-dask-gateway";

    public override IReadOnlyList<string> Aliases => ["coder_dask_gateway_app"];

    protected override void Declare(SettingDefaults settings)
    {
        base.Declare(settings);
        settings.Set(CoreSettings.DisplayName, "Code Server with Dask Gateway");
        settings.Set(CoreSettings.Description, "Code Server with Dask Gateway for distributed computing");
        settings.Set(CoreSettings.DefaultUrl, "/workspace/dask-app-package");
        settings.Set(WorkspaceSettings.WorkspaceVolumeSize, Quantity.Parse("15Gi"));
        settings.Set(CoderSettings.CalrissianVolumeSize, Quantity.Parse("30Gi"));
    }

    public override string? InitScriptPath => "coder/config_maps/coder-dask-gateway/init.sh";

    protected override IEnumerable<KeyValuePair<string, EnvValue>> PodEnvVars(ProfileContext context) =>
        WorkspaceEnvironment.Append(
            base.PodEnvVars(context),
            new("DASK_GATEWAY_ADDRESS", "http://dask-gateway.{{ namespace }}.svc.cluster.local:80"),
            new("CODE_SERVER_WS", $"{context.Home}/dask-app-package"));

    protected override IEnumerable<ManifestSpec> Manifests(ProfileContext context) =>
    [
        context.ManifestFromAsset($"dask-gateway-{context.Slug}", "dask-gateway", "coder/manifests/coder-dask-gateway/dask-gateway.yaml"),
    ];
}
