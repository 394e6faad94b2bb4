using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers;

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
