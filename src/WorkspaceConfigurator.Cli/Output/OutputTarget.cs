using System.CommandLine;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>The --output option: a file written atomically, or stdout.</summary>
public sealed class OutputTarget
{
    public Option<string> Option { get; } = new("--output", "-o")
    {
        Description = "Write to this file (atomically) instead of stdout [env WSCONF_OUTPUT, OUTPUT_FILE]",
        HelpName = "FILE",
    };

    public void Write(ParseResult result, CliContext context, string content)
    {
        var path = result.GetValue(Option) ?? EnvironmentDefaults.Output.Read(context.GetEnvironmentVariable)?.Value;
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
