using k8s;
using k8s.Models;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

/// <summary>
/// An object wsconf builds itself, held as KubernetesClient's model (<see cref="V1Pod"/>, <see cref="V1ConfigMap"/>,
/// …) and written by <see cref="ModelYaml"/> in wsconf's fixed key order.
/// </summary>
public sealed record ModelObject(IKubernetesObject<V1ObjectMeta> Model) : KubernetesObject
{
    public override string ApiVersion => Model.ApiVersion;

    public override string Kind => Model.Kind;

    public override string Name => Model.Metadata.Name;

    public override string? Namespace => Model.Metadata.NamespaceProperty;

    public override YamlMapping ToYaml() => ModelYaml.Object(Model);
}
