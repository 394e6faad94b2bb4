namespace WorkspaceConfigurator.Contract;

public sealed record YamlSequence(ValueList<YamlNode> Items) : YamlNode;
