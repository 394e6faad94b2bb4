namespace WorkspaceConfigurator.Contract;

/// <summary>An invalid profile, plugin or asset (exit 1).</summary>
public sealed class ProfileException(string message, Exception? inner = null) : WsconfException(message, ExitCodes.Invalid, inner);
