namespace WorkspaceConfigurator.Yaml;

public sealed record YamlEntry(string Key, YamlNode Value);
