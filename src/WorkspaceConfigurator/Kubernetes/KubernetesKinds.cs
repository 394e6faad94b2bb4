namespace WorkspaceConfigurator.Kubernetes;

/// <summary>
/// The Kubernetes kinds wsconf knows, in one table: where each lives (a namespace or the whole cluster) and whether
/// a profile's manifest may create it. The checks (which kinds a manifest may hold) and the renderer (which objects
/// get the user's namespace) both read it, so they cannot disagree.
/// </summary>
internal static class KubernetesKinds
{
    private static readonly KindEntry[] Table =
    [
        // The built-in kinds a profile may create in a user's namespace. Removed beta APIs are not here.
        .. Namespaced("v1", "ConfigMap", "Secret", "Service", "ServiceAccount", "PersistentVolumeClaim", "Pod", "Endpoints", "LimitRange", "ResourceQuota"),
        .. Namespaced("apps/v1", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"),
        .. Namespaced("batch/v1", "Job", "CronJob"),
        .. Namespaced("rbac.authorization.k8s.io/v1", "Role", "RoleBinding"),
        .. Namespaced("networking.k8s.io/v1", "Ingress", "NetworkPolicy"),
        .. Namespaced("policy/v1", "PodDisruptionBudget"),
        .. Namespaced("autoscaling/v1", "HorizontalPodAutoscaler"),
        .. Namespaced("autoscaling/v2", "HorizontalPodAutoscaler"),
        .. Namespaced("coordination.k8s.io/v1", "Lease"),
        .. Namespaced("discovery.k8s.io/v1", "EndpointSlice"),

        // The custom resources the hub dispatches by kind, each at the one API version it uses. Crossplane's managed
        // resources are cluster-scoped; a Release names its target namespace in its spec.
        new("helm.crossplane.io/v1beta1", "Release", ClusterScoped: true, KindUse.Custom),
        new("kubernetes.crossplane.io/v1alpha2", "Object", ClusterScoped: true, KindUse.Custom),
        new("external-secrets.io/v1beta1", "ExternalSecret", ClusterScoped: false, KindUse.Custom),

        // Cluster-wide kinds a user's spawn has no business creating; an existing one is read without a namespace.
        .. ClusterWide("v1", "Namespace", "Node", "PersistentVolume"),
        .. ClusterWide("rbac.authorization.k8s.io/v1", "ClusterRole", "ClusterRoleBinding"),
        .. ClusterWide("storage.k8s.io/v1", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment"),
        .. ClusterWide("scheduling.k8s.io/v1", "PriorityClass"),
        .. ClusterWide("networking.k8s.io/v1", "IngressClass"),
        .. ClusterWide("node.k8s.io/v1", "RuntimeClass"),
        .. ClusterWide("apiextensions.k8s.io/v1", "CustomResourceDefinition"),
        .. ClusterWide("apiregistration.k8s.io/v1", "APIService"),
        .. ClusterWide("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"),
        .. ClusterWide("certificates.k8s.io/v1", "CertificateSigningRequest"),
    ];

    // "group/Kind" of the cluster-scoped kinds, the core group written as "": scope does not change with the version.
    private static readonly HashSet<string> ClusterScopedKinds = new(Table.Where(k => k.ClusterScoped).Select(k => $"{Group(k.ApiVersion)}/{k.Kind}"), StringComparer.Ordinal);

    /// <summary>The custom resources the hub can create, with the only API version it uses for each.</summary>
    public static IReadOnlyDictionary<string, string> Custom { get; } =
        Table.Where(k => k.Use == KindUse.Custom).ToDictionary(k => k.Kind, k => k.ApiVersion, StringComparer.Ordinal);

    /// <summary>Whether a profile's manifest may create this built-in kind at this API version.</summary>
    public static bool IsCreatableBuiltIn(string apiVersion, string kind) =>
        Table.Any(k => k.Use == KindUse.BuiltIn && k.ApiVersion == apiVersion && k.Kind == kind);

    /// <summary>Whether objects of this kind live outside any namespace (the hub creates them without one).</summary>
    public static bool IsClusterScoped(string apiVersion, string kind) => ClusterScopedKinds.Contains($"{Group(apiVersion)}/{kind}");

    /// <summary>
    /// Whether the API server takes any path segment as an object's name in this API (RBAC's Role, RoleBinding,
    /// ClusterRole, ClusterRoleBinding); every other kind wsconf meets wants a DNS-1123 subdomain.
    /// </summary>
    public static bool NamesArePathSegments(string apiVersion) => Group(apiVersion) == "rbac.authorization.k8s.io";

    /// <summary>The API group of an apiVersion: "" for the core group's "v1".</summary>
    public static string Group(string apiVersion) => apiVersion.LastIndexOf('/') is var slash and >= 0 ? apiVersion[..slash] : "";

    private static IEnumerable<KindEntry> Namespaced(string apiVersion, params string[] kinds) =>
        kinds.Select(kind => new KindEntry(apiVersion, kind, ClusterScoped: false, KindUse.BuiltIn));

    private static IEnumerable<KindEntry> ClusterWide(string apiVersion, params string[] kinds) =>
        kinds.Select(kind => new KindEntry(apiVersion, kind, ClusterScoped: true, KindUse.NotCreated));

    private sealed record KindEntry(string ApiVersion, string Kind, bool ClusterScoped, KindUse Use);

    private enum KindUse
    {
        /// <summary>A built-in kind a profile may create.</summary>
        BuiltIn,

        /// <summary>A custom resource the hub dispatches by kind.</summary>
        Custom,

        /// <summary>Known for its scope only: a profile may not create it.</summary>
        NotCreated,
    }
}
