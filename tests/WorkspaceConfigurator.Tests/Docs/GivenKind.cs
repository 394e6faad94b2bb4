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
