namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// A file, link or folder a documented command needs. <see cref="Value"/> is the text, the command (without
/// <c>wsconf</c>) or the link's target; <see cref="Mode"/> comes from <c>(mode 0444)</c> after the name.
/// </summary>
internal sealed record GivenFile(string Name, GivenKind Kind, string Value, UnixFileMode? Mode);
