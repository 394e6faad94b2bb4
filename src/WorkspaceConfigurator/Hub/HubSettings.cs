namespace WorkspaceConfigurator.Hub;

/// <summary>
/// The hub-level settings that shape every pod the hub spawns and that <c>config.yml</c> does not carry: how
/// KubeSpawner names the pod and the user's namespace, the security contexts, the service account, pull secrets and
/// environment of the hub's own configuration, and what the cluster adds. The defaults are KubeSpawner 7's own
/// (under JupyterHub 5.2), so a hub file states only what a hub changes. Templates use KubeSpawner's fields
/// (<see cref="SpawnUser"/>).
/// </summary>
internal sealed record HubSettings
{
    /// <summary>The name of the preset that is KubeSpawner 7's defaults, <see cref="Defaults"/>.</summary>
    public const string DefaultsPreset = "kubespawner";

    /// <summary>KubeSpawner 7's defaults: the <c>kubespawner</c> preset.</summary>
    public static HubSettings Defaults { get; } = new();

    /// <summary>Where these settings came from, for messages: a preset's name or the file as the user gave it.</summary>
    public string Source { get; init; } = DefaultsPreset;

    public string JupyterHubVersion { get; init; } = "5.2.1";

    public string KubeSpawnerVersion { get; init; } = "7.0.0";

    public SlugScheme SlugScheme { get; init; } = SlugScheme.Safe;

    /// <summary>The deployment environment a hub may name its pods after (EOEPCA's JUPYTERHUB_ENV), lower-cased; the field {environment_name}.</summary>
    public string EnvironmentName { get; init; } = "";

    public string PodNameTemplate { get; init; } = "jupyter-{user_server}";

    /// <summary>The hub's own namespace, the field {hubnamespace} (KubeSpawner writes "user" for "default").</summary>
    public string HubNamespace { get; init; } = "jupyter";

    public string NamespaceTemplate { get; init; } = "{hubnamespace}-{username}";

    public ValueMap<string> NamespaceLabels { get; init; } = ValueMap<string>.Empty;

    public ValueMap<string> NamespaceAnnotations { get; init; } = ValueMap<string>.Empty;

    /// <summary>The notebook container's runAsUser; null leaves the image's user.</summary>
    public long? Uid { get; init; }

    public long? Gid { get; init; }

    /// <summary>The pod's fsGroup.</summary>
    public long? FsGid { get; init; }

    public bool Privileged { get; init; }

    /// <summary>KubeSpawner sets false by default; null leaves the cluster's default (the field is not written).</summary>
    public bool? AllowPrivilegeEscalation { get; init; } = false;

    public string? ServiceAccount { get; init; }

    /// <summary>Null: KubeSpawner writes false when there is no service account, and nothing otherwise.</summary>
    public bool? AutomountServiceAccountToken { get; init; }

    public ValueList<string> ImagePullSecrets { get; init; } = ValueList<string>.Empty;

    /// <summary>The hub's <c>environment</c>: values are templates, filled per user.</summary>
    public ValueMap<string> Environment { get; init; } = ValueMap<string>.Empty;

    /// <summary>The hub's default URL, used when a profile has none.</summary>
    public string? DefaultUrl { get; init; }

    /// <summary>
    /// True when the cluster runs the ExtendedResourceToleration admission plugin, which gives a pod that requests an
    /// extended resource (nvidia.com/gpu) a toleration for the taint of that name. config.yml cannot carry
    /// tolerations, so without it a GPU pod does not schedule on tainted GPU nodes.
    /// </summary>
    public bool ExtendedResourceTolerations { get; init; }

    /// <summary>JupyterHub's API URL as the single-user server reaches it (JUPYTERHUB_API_URL).</summary>
    public string ApiUrl { get; init; } = "http://hub:8081/hub/api";

    /// <summary>JupyterHub's base URL (JUPYTERHUB_BASE_URL), ending with '/'.</summary>
    public string BaseUrl { get; init; } = "/";
}
