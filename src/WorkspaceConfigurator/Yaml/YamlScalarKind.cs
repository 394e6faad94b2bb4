using System.Globalization;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Yaml;

public enum YamlScalarKind
{
    String,
    Int,
    Float,
    Bool,
    Null,
}
