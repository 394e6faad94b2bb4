namespace WorkspaceConfigurator.Files;

/// <summary>What a path is, as stat(2) says: .NET tells files from folders, but not a pipe or a device from a file.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Pipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    SymbolicLink,
}
