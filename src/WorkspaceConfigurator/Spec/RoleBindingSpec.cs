using System.Globalization;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Spec;

/// <summary>A Role with one rule and the RoleBinding that grants it, created in the user's namespace.</summary>
public sealed record RoleBindingSpec(string Name, ValueList<SubjectSpec> Subjects, RoleSpec Role, bool Persist);
