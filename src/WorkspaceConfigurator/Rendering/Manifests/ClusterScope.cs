namespace WorkspaceConfigurator.Rendering.Manifests;

/// <summary>Kinds that live outside any namespace: the hub creates them as they are, without a namespace.</summary>
internal static class ClusterScope
{
    // "group/Kind", the core group written as "".
    private static readonly HashSet<string> ClusterScoped = new(StringComparer.Ordinal)
    {
        "/Namespace", "/Node", "/PersistentVolume",
        "rbac.authorization.k8s.io/ClusterRole", "rbac.authorization.k8s.io/ClusterRoleBinding",
        "storage.k8s.io/StorageClass", "storage.k8s.io/CSIDriver", "storage.k8s.io/CSINode", "storage.k8s.io/VolumeAttachment",
        "scheduling.k8s.io/PriorityClass", "networking.k8s.io/IngressClass", "node.k8s.io/RuntimeClass",
        "apiextensions.k8s.io/CustomResourceDefinition", "apiregistration.k8s.io/APIService",
        "admissionregistration.k8s.io/ValidatingWebhookConfiguration", "admissionregistration.k8s.io/MutatingWebhookConfiguration",
        "certificates.k8s.io/CertificateSigningRequest",

        // Crossplane managed resources are cluster-scoped; a Release names its target namespace in its spec.
        "helm.crossplane.io/Release", "kubernetes.crossplane.io/Object",
    };

    public static bool IsClusterScoped(string apiVersion, string kind)
    {
        var slash = apiVersion.LastIndexOf('/');
        var group = slash < 0 ? "" : apiVersion[..slash];
        return ClusterScoped.Contains($"{group}/{kind}");
    }
}
