using System.CommandLine;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Cli.Checks;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary><c>wsconf dump-config</c>: the Application Hub configuration (config.yml) of the selected profiles.</summary>
internal static class DumpConfigCommand
{
    public const string Name = "dump-config";

    public static Command Create(CliContext context, Func<ParseResult, ProfileCatalog> loadCatalog)
    {
        var selection = new SelectionOptions();
        var output = new OutputTarget(readEnvironment: true);
        var command = new Command(Name, "Write the Application Hub configuration (config.yml) for the selected profiles. Example: wsconf dump-config --profile coder,jupyterlab --groups staff -o config.yml");
        selection.AddTo(command);
        output.AddTo(command);
        command.SetAction(result =>
        {
            if (Writer(context, loadCatalog(result), selection, result) is not { } config)
            {
                return ExitCodes.Invalid;
            }

            output.Write(result, context, config);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The config.yml text the selection options make, or null when a check fails (its findings are on stderr then).
    /// diff compares with exactly this, so what dump-config wrote compares equal.
    /// </summary>
    public static string? Render(CliContext context, ProfileCatalog catalog, SelectionOptions selection, ParseResult result)
    {
        if (Writer(context, catalog, selection, result) is not { } write)
        {
            return null;
        }

        var text = new StringWriter { NewLine = "\n" };
        write(text);
        return text.ToString();
    }

    /// <summary>What writes the config.yml text (<see cref="Render"/>), or null when a check fails.</summary>
    public static Action<TextWriter>? Writer(CliContext context, ProfileCatalog catalog, SelectionOptions selection, ParseResult result)
    {
        // Each profile is rendered once, as it is built and checked, into text held until every check has passed:
        // the plan keeps no spec, so a catalogue of thousands of profiles is not carried to the end.
        var env = context.GetEnvironmentVariable;
        var text = new TextBuffer();
        var config = new AppHubConfigStream(text);
        var plan = Workspace.Plan(catalog, selection.Layers(result, env), selection.Selection(result, env), stream: config.Add);
        if (!PlanChecks.Pass(context, plan))
        {
            return null;
        }

        config.Finish();
        return text.WriteTo;
    }
}
