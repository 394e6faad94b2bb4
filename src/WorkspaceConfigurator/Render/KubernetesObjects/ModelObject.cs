using k8s;
using k8s.Models;

namespace WorkspaceConfigurator.Render.KubernetesObjects;

/// <summary>
/// An object wsconf builds itself, held as KubernetesClient's model (<see cref="V1Pod"/>, <see cref="V1ConfigMap"/>,
/// …) and written by <see cref="ModelYaml"/> in wsconf's fixed key order. The YAML is taken once, when the object
/// is made: the checks, the conflict search and the writers all read that one tree, so a model changed afterwards
/// changes nothing.
/// </summary>
internal sealed record ModelObject : KubernetesObject
{
    private readonly YamlMapping yaml;

    public ModelObject(IKubernetesObject<V1ObjectMeta> model)
    {
        Model = model;
        yaml = ModelYaml.Object(model);
    }

    public IKubernetesObject<V1ObjectMeta> Model { get; }

    public override string ApiVersion => Model.ApiVersion;

    public override string Kind => Model.Kind;

    public override string Name => Model.Metadata.Name;

    public override string? Namespace => Model.Metadata.NamespaceProperty;

    public override YamlMapping ToYaml() => yaml;
}
