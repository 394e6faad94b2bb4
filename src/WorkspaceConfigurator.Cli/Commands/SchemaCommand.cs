using System.CommandLine;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Schema;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary><c>wsconf schema values</c>: the JSON Schema of a values file for the loaded catalogue (built-ins, plugins, values files).</summary>
internal static class SchemaCommand
{
    public const string Name = "schema";

    public static Command Create(CliContext context, Func<ParseResult, ProfileCatalog> loadCatalog)
    {
        var what = new Argument<string>("what") { Description = "Which schema: values (the values file of -f)" };
        what.AcceptOnlyFromAmong("values");
        var output = new OutputTarget(readEnvironment: false);
        var command = new Command(Name, "Write the JSON Schema (draft 2020-12) of a values file for the loaded profiles, for editors with the YAML language server. Example: wsconf -f site.yaml schema values -o values.schema.json");
        command.Arguments.Add(what);
        output.AddTo(command);
        command.SetAction(result =>
        {
            output.Write(result, context, ValuesSchema.Write(loadCatalog(result)));
            return 0;
        });
        return command;
    }
}
