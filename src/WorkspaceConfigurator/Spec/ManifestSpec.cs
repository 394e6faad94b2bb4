using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Spec;

/// <summary>A set of Kubernetes objects the hub creates in the user's namespace at spawn.</summary>
public sealed record ManifestSpec(string Name, string Key, ValueList<YamlNode> Content, bool Persist);
