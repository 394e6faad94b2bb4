namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// How much a values file (and a manifest template, read by the same rules) may hold. The bounds keep a hostile or broken file (an alias bomb, a nesting of a million
/// brackets, a log file passed by mistake) from exhausting memory, the stack or the user's patience; real site files
/// are a few kilobytes, a few levels deep.
/// </summary>
/// <param name="MaxBytes">The largest file, in UTF-8 bytes.</param>
/// <param name="MaxDepth">The deepest nesting of mappings and lists (the top mapping is level 1).</param>
/// <param name="MaxNodes">The most nodes the file may stand for, counting what every alias repeats.</param>
internal sealed record ValuesReadLimits(long MaxBytes, int MaxDepth, int MaxNodes)
{
    public const string ValuesFileKind = "a values file";

    public static ValuesReadLimits Default { get; } = new(16L * 1024 * 1024, 100, 1_000_000);

    /// <summary>What the file is called in messages about its size and its documents, e.g. "a values file".</summary>
    public string FileKind { get; init; } = ValuesFileKind;
}
