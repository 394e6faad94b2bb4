namespace WorkspaceConfigurator.Errors;

/// <summary>Bad command-line input: unknown options, malformed overrides, unknown slugs (exit 2).</summary>
internal sealed class UsageException(string message, Exception? inner = null) : WsconfException(message, ExitCodes.Usage, inner);
