namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>A tool the probe needs is not installed.</summary>
internal sealed class ToolMissingException(string message) : Exception(message);
