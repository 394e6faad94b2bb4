namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// A values file that cannot be read or means nothing valid: one line <c>FILE:LINE:COL: path: problem (what is
/// valid)</c>. Exit 2 for a malformed file or value, 1 for a catalogue it makes invalid (an unknown or cyclic
/// <c>extends</c>, a duplicate slug).
/// </summary>
internal sealed class ValuesFileException : WsconfException
{
    public ValuesFileException(SourceMark mark, string path, string problem, int exitCode = ExitCodes.Usage, Exception? inner = null)
        : base(Format(mark, path, problem), exitCode, inner)
    {
        Mark = mark;
        Path = path;
        Problem = problem;
    }

    public SourceMark Mark { get; }

    /// <summary>The dotted path of the culprit in the file (<c>profiles.coder.cpu_limit</c>); empty for the file itself.</summary>
    public string Path { get; }

    public string Problem { get; }

    // Keys and values quoted from the file may hold control characters (an escape in double quotes): written as
    // escapes, they can neither break the line nor reach the terminal.
    private static string Format(SourceMark mark, string path, string problem) =>
        ValuesPath.Printable(path.Length == 0 ? $"{mark}: {problem}" : $"{mark}: {path}: {problem}");
}
