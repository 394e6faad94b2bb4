namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>A write to standard output failed (exit 1): the output is incomplete.</summary>
internal sealed class OutputStreamException(string message, Exception inner) : WsconfException(message, ExitCodes.Invalid, inner);
