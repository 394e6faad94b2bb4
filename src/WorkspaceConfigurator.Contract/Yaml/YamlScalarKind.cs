namespace WorkspaceConfigurator.Contract;

public enum YamlScalarKind
{
    String,
    Int,
    Float,
    Bool,
    Null,
}
