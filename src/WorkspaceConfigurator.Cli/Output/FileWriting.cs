using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>How a run writes its output files: where its temporaries are registered, whether --force was given, where warnings go.</summary>
internal sealed record FileWriting(TempFiles Temps, bool Force, Action<Finding> Warn)
{
    public static FileWriting Of(CliContext context, bool force) => new(context.Temps, force, context.Report);
}
