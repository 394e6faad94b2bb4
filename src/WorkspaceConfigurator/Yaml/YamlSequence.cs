using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Yaml;

public sealed record YamlSequence(ValueList<YamlNode> Items) : YamlNode;
