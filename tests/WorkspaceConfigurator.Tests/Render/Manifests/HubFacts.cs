namespace WorkspaceConfigurator.Tests.Render.Manifests;

/// <summary>The hub-level facts of one hub configuration, as hub-spawn.md and KubeSpawner's defaults state them.</summary>
internal sealed record HubFacts(
    string Preset,
    Func<string, string> PodName,
    Func<string, string> Namespace,
    long? Uid,
    long? FsGroup,
    bool Privileged,
    bool AllowPrivilegeEscalation,
    string? ServiceAccount,
    string[] PullSecrets,
    (string Name, Func<string, string> Value)[] Environment,
    string ApiUrl)
{
    /// <summary>KubeSpawner 7's defaults: pod jupyter-{user_server}, namespace {hubnamespace}-{username} (hub in "jupyter").</summary>
    public static HubFacts KubeSpawner { get; } = new(
        "kubespawner",
        user => "jupyter-" + KubeSpawnerPodRules.UserServer(user),
        user => "jupyter-" + KubeSpawnerPodRules.Safe(user, 48),
        null, null, false, false, null, [], [], "http://hub:8081/hub/api");

    /// <summary>application-hub-context 1.5.2's hub configuration, as hub-spawn.md records it (environment "dev").</summary>
    public static HubFacts Eoepca { get; } = new(
        "eoepca",
        user => $"jupyter-{KubeSpawnerPodRules.Safe(user, 48)}--dev",
        user => "jupyter-" + user,
        1001, 100, true, true, "default", ["cr-config"],
        [("JUPYTER_ENABLE_LAB", _ => "true"), ("CALRISSIAN_POD_NAME", user => $"jupyter-{user}-dev")],
        "http://hub.jupyter:8081/hub/api");

    public static HubFacts Of(string preset) => preset == "eoepca" ? Eoepca : KubeSpawner;
}
