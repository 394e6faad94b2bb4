using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

public sealed record RoleBinding(ObjectMeta Metadata, RoleRef RoleRef, ValueList<Subject> Subjects) : TypedObject(Metadata)
{
    public override string ApiVersion => RbacGroup.ApiVersion;

    public override string Kind => "RoleBinding";

    protected override void AddBody(YamlMappingBuilder builder) => builder
        .Add("roleRef", RoleRef.ToYaml())
        .Add("subjects", YamlNode.Seq(Subjects, s => s.ToYaml()));
}

/// <summary>The role a binding grants: a Role in the same namespace or a ClusterRole.</summary>
public sealed record RoleRef(string Kind, string Name)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add("apiGroup", RbacGroup.Name)
        .Add("kind", Kind)
        .Add("name", Name)
        .Build();
}

/// <summary>
/// Who a binding applies to: a ServiceAccount (with its namespace, no apiGroup) or a User/Group (apiGroup
/// rbac.authorization.k8s.io, no namespace).
/// </summary>
public sealed record Subject(string Kind, string Name, string? Namespace = null)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add("kind", Kind)
        .Add("name", Name)
        .AddIfNotNull("namespace", Kind == "ServiceAccount" ? Namespace : null)
        .AddIfNotNull("apiGroup", Kind == "ServiceAccount" ? null : RbacGroup.Name)
        .Build();
}
