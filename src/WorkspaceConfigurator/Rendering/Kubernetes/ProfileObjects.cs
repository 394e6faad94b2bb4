using WorkspaceConfigurator.Kubernetes;

namespace WorkspaceConfigurator.Rendering.Kubernetes;

/// <summary>The Kubernetes objects one profile's spawn creates, in creation order.</summary>
public sealed record ProfileObjects(string Slug, string DisplayName, IReadOnlyList<KubernetesObject> Objects);
