namespace WorkspaceConfigurator.Spec;

/// <summary>A subject the hub accepts: a ServiceAccount or a User.</summary>
public sealed record SubjectSpec(string Name, SubjectKind Kind);
