namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>What a marker's <c>with</c> line puts in the scratch folder before its command runs.</summary>
internal enum GivenKind
{
    /// <summary><c>with NAME: TEXT</c>, or the indented lines below <c>with NAME:</c>.</summary>
    Text,

    /// <summary><c>with NAME = wsconf ARGS</c>: what that command prints.</summary>
    CommandOutput,

    /// <summary><c>with NAME -> TARGET</c>: a symbolic link.</summary>
    Link,

    /// <summary><c>with NAME/</c>: an empty folder.</summary>
    Folder,
}

/// <summary>
/// A file, link or folder a documented command needs. <see cref="Value"/> is the text, the command (without
/// <c>wsconf</c>) or the link's target; <see cref="Mode"/> comes from <c>(mode 0444)</c> after the name.
/// </summary>
internal sealed record GivenFile(string Name, GivenKind Kind, string Value, UnixFileMode? Mode);
