using System.CommandLine;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// The --output option: a file written atomically, or stdout. Only dump-config reads WSCONF_OUTPUT / OUTPUT_FILE,
/// which name the hub's config.yml; another command writing there would overwrite it.
/// </summary>
internal sealed class OutputTarget(bool readEnvironment)
{
    public Option<string> Option { get; } = new("--output", "-o")
    {
        Description = "Write to this file (atomically) instead of stdout" + (readEnvironment ? " [env WSCONF_OUTPUT, OUTPUT_FILE]" : ""),
        HelpName = "FILE",
    };

    public void Write(ParseResult result, CliContext context, string content)
    {
        var path = result.GetValue(Option) ?? (readEnvironment ? EnvironmentDefaults.Output.Read(context.GetEnvironmentVariable)?.Value : null);
        if (path is null or "-")
        {
            context.Out.Write(content);
            context.Out.Flush();
        }
        else
        {
            AtomicFile.Write(path, content);
        }
    }
}
