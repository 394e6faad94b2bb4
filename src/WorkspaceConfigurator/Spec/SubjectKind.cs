using System.Globalization;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Spec;

public enum SubjectKind
{
    ServiceAccount,
    User,
}
