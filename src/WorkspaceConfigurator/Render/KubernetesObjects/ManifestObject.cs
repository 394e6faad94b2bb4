namespace WorkspaceConfigurator.Render.KubernetesObjects;

/// <summary>An object a profile supplies as YAML (its manifests), passed through as written.</summary>
internal sealed record ManifestObject(YamlMapping Content) : KubernetesObject
{
    public override string ApiVersion => Content.GetString("apiVersion") ?? "";

    public override string Kind => Content.GetString("kind") ?? "";

    public override string Name => Metadata?.GetString("name") ?? "";

    public override string? Namespace => Metadata?.GetString("namespace");

    private YamlMapping? Metadata => Content["metadata"] as YamlMapping;

    public override YamlMapping ToYaml() => Content;
}
