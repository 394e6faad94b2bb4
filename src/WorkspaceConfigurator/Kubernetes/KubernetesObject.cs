using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>
/// One Kubernetes object as the renderers emit it. A small typed model of the kinds wsconf builds (shaped like
/// KubernetesClient's models, so it can be swapped for them), plus <see cref="ManifestObject"/> for objects that
/// profiles supply as YAML.
/// </summary>
public abstract record KubernetesObject
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

/// <summary>An object of a kind the model knows: the header comes from here, the body from the kind.</summary>
public abstract record TypedObject(ObjectMeta Metadata) : KubernetesObject
{
    public override string Name => Metadata.Name;

    public override string? Namespace => Metadata.Namespace;

    public override YamlMapping ToYaml()
    {
        var builder = new YamlMappingBuilder()
            .Add("apiVersion", ApiVersion)
            .Add("kind", Kind)
            .Add("metadata", Metadata.ToYaml());
        AddBody(builder);
        return builder.Build();
    }

    protected abstract void AddBody(YamlMappingBuilder builder);
}
