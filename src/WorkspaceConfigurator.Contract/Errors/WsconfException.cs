namespace WorkspaceConfigurator.Contract;

/// <summary>
/// An error meant for a person: its message is one line that names the culprit and what would be valid.
/// The CLI prints the message alone and exits with <see cref="ExitCode"/>.
/// </summary>
public class WsconfException : Exception
{
    // wsconf's own: a plugin throws a ProfileException, whose exit code is always 1, so no plugin sets wsconf's exit code.
    internal WsconfException(string message, int exitCode, Exception? inner = null) : base(message, inner) => ExitCode = exitCode;

    public int ExitCode { get; }
}
