using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers;

/// <summary>
/// Where a value was given, so that a problem with it is reported there: <c>FILE:LINE:COL: path: problem</c> for a
/// values file, <c>--override coder:cpu_limit=x: cpu_limit: problem</c> for the command line.
/// </summary>
internal abstract class InputSite
{
    /// <summary>The error for a value that is malformed (exit 2).</summary>
    public abstract WsconfException Malformed(string problem);

    /// <summary>The same site one level down (a map entry, an item field).</summary>
    public abstract InputSite Child(string key, SourceMark? mark = null);
}

/// <summary>A node of a values file.</summary>
internal sealed class ValuesSite(SourceMark mark, string path) : InputSite
{
    public SourceMark Mark { get; } = mark;

    public string Path { get; } = path;

    public override WsconfException Malformed(string problem) => new ValuesFileException(Mark, Path, problem);

    public override InputSite Child(string key, SourceMark? mark = null) => new ValuesSite(mark ?? Mark, $"{Path}.{key}");
}

/// <summary>An option on the command line, e.g. <c>--override coder:env.X=1</c> or <c>--groups a</c>.</summary>
internal sealed class CommandLineSite(string given, string field) : InputSite
{
    /// <summary>The option as given, e.g. <c>--override coder:cpu_limit=4</c>.</summary>
    public string Given { get; } = given;

    /// <summary>The field as written, e.g. <c>env.X</c>.</summary>
    public string Field { get; } = field;

    public override WsconfException Malformed(string problem) => new UsageException($"{Given}: {Field}: {problem}");

    public override InputSite Child(string key, SourceMark? mark = null) => new CommandLineSite(Given, $"{Field}.{key}");
}
