namespace WorkspaceConfigurator.Render.KubernetesObjects;

/// <summary>
/// One Kubernetes object as the renderers emit it: a <see cref="ModelObject"/> for the kinds wsconf builds
/// (KubernetesClient's models), a <see cref="ManifestObject"/> for objects that profiles supply as YAML.
/// </summary>
internal abstract record KubernetesObject
{
    public abstract string ApiVersion { get; }

    public abstract string Kind { get; }

    public abstract string Name { get; }

    /// <summary>The namespace, or null for cluster-scoped objects.</summary>
    public abstract string? Namespace { get; }

    /// <summary>The object as YAML with Kubernetes' camelCase keys: apiVersion, kind, metadata, then the rest.</summary>
    public abstract YamlMapping ToYaml();

    // Sealed so no record prints its members (a Secret's data must never reach logs or errors).
    public sealed override string ToString() => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
