namespace WorkspaceConfigurator.Errors;

/// <summary>
/// An error meant for a person: its message is one line that names the culprit and what would be valid.
/// The CLI prints the message alone and exits with <see cref="ExitCode"/>.
/// </summary>
public class WsconfException : Exception
{
    public WsconfException(string message, int exitCode, Exception? inner = null) : base(message, inner) => ExitCode = exitCode;

    public int ExitCode { get; }
}

/// <summary>Bad command-line input: unknown options, malformed overrides, unknown slugs (exit 2).</summary>
public sealed class UsageException(string message, Exception? inner = null) : WsconfException(message, ExitCodes.Usage, inner);

/// <summary>An invalid profile, plugin or asset (exit 1).</summary>
public sealed class ProfileException(string message, Exception? inner = null) : WsconfException(message, ExitCodes.Invalid, inner);

/// <summary>
/// A profile whose settings, hooks or assets failed to build (exit 1). <see cref="Reason"/> is the cause without the
/// profile, for callers that name the profile themselves (validate's findings).
/// </summary>
public sealed class ProfileBuildException(string slug, string reason, Exception inner)
    : WsconfException($"profile '{slug}': {reason}", ExitCodes.Invalid, inner)
{
    public string Reason { get; } = reason;
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Usage = 2;
}
