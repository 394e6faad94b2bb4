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
