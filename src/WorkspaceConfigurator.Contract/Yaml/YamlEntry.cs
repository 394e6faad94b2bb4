namespace WorkspaceConfigurator.Contract;

public sealed record YamlEntry(string Key, YamlNode Value);
