using WorkspaceConfigurator.Render.KubernetesObjects;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>The Kubernetes objects one profile's spawn creates, in creation order.</summary>
internal sealed record SpawnObjects(string Slug, string DisplayName, IReadOnlyList<KubernetesObject> Objects);
