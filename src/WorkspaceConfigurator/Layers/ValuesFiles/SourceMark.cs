namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>Where something was written: a file as the user named it, and a 1-based line and column.</summary>
internal sealed record SourceMark(string File, int Line, int Column)
{
    /// <summary><c>FILE:LINE</c>, the origin shown by <c>list</c> and <c>describe</c>.</summary>
    public string FileLine => $"{File}:{Line}";

    /// <summary><c>FILE:LINE:COL</c>, the prefix of an error message.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
