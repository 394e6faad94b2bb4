using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Kubernetes;

public sealed record Role(ObjectMeta Metadata, ValueList<PolicyRule> Rules) : TypedObject(Metadata)
{
    public override string ApiVersion => RbacGroup.ApiVersion;

    public override string Kind => "Role";

    protected override void AddBody(YamlMappingBuilder builder) => builder.Add("rules", YamlNode.Seq(Rules, r => r.ToYaml()));
}

public sealed record PolicyRule(ValueList<string> ApiGroups, ValueList<string> Resources, ValueList<string> Verbs)
{
    public YamlMapping ToYaml() => new YamlMappingBuilder()
        .Add("apiGroups", YamlNode.Strings(ApiGroups))
        .Add("resources", YamlNode.Strings(Resources))
        .Add("verbs", YamlNode.Strings(Verbs))
        .Build();
}

public static class RbacGroup
{
    public const string Name = "rbac.authorization.k8s.io";

    public const string ApiVersion = Name + "/v1";
}
