namespace WorkspaceConfigurator.Errors;

/// <summary>
/// A profile whose settings, hooks or assets failed to build (exit 1). <see cref="Reason"/> is the cause without the
/// profile, for callers that name the profile themselves (validate's findings).
/// </summary>
internal sealed class ProfileBuildException(string slug, string reason, Exception? inner = null)
    : WsconfException($"profile '{slug}': {reason}", ExitCodes.Invalid, inner)
{
    public string Reason { get; } = reason;
}
