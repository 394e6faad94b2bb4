namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>
/// The one line for a failure that is no <see cref="Errors.WsconfException"/>: the file system refusing a path
/// (a symbolic link loop, a permission, a full disk), named with the path the system gives; anything else is a
/// fault in wsconf itself and says so, so the line never leaves the reader guessing whose problem it is.
/// </summary>
internal static class FailureMessage
{
    public static string Of(Exception e, string command) => e switch
    {
        // .NET's messages name the path: "Too many levels of symbolic links in '/srv/out'".
        IOException => $"{command}: {Sentence(e.Message)}{LoopHint(e.Message)}",
        UnauthorizedAccessException => $"{command}: {Sentence(e.Message)} (permission denied)",
        _ => $"{command} failed inside wsconf ({e.GetType().Name}: {Sentence(e.Message)}); this is a bug in wsconf: please report it with the output of --verbose",
    };

    private static string Sentence(string message) => message.TrimEnd('.', ' ');

    private static string LoopHint(string message) =>
        message.Contains("symbolic links", StringComparison.OrdinalIgnoreCase) ? " (a symbolic link that points back at itself?)" : "";
}
