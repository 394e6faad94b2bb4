namespace WorkspaceConfigurator.Tests.Build.Lifecycle;

/// <summary>What the fake ssh was given: its arguments, and the -i key file's path, mode and content.</summary>
internal sealed record SshCall(IReadOnlyList<string> Args, string KeyPath, string KeyMode, string KeyContent);
