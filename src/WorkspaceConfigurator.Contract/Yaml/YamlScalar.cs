namespace WorkspaceConfigurator.Contract;

/// <summary>
/// A scalar. For strings <see cref="Text"/> is the value itself; for other kinds it is the plain form to print
/// (kept as read from a template, e.g. <c>0755</c>, so a YAML 1.1 reader gets the same value back).
/// </summary>
public sealed record YamlScalar(string Text, YamlScalarKind Kind) : YamlNode;
