namespace WorkspaceConfigurator.Yaml;

public enum YamlScalarKind
{
    String,
    Int,
    Float,
    Bool,
    Null,
}
