using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Spec;

public sealed record RoleSpec(string Name, ValueList<string> ApiGroups, ValueList<string> Resources, ValueList<RoleVerb> Verbs);
