using System.CommandLine;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Pipeline;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary><c>wsconf describe SLUG</c>: every resolved setting with its source, and everything the hooks produce.</summary>
public static class DescribeCommand
{
    public const string Name = "describe";

    public static Command Create(CliContext context, Func<ParseResult, Registry.ProfileRegistry> loadCatalog)
    {
        var slug = new Argument<string>("slug") { Description = "Profile slug or alias" };
        var selection = new SelectionOptions();
        var command = new Command(Name, "Show a profile's resolved settings (and where each came from) and what its hooks produce");
        command.Arguments.Add(slug);
        selection.AddTo(command, includeProfile: false);
        command.SetAction(result =>
        {
            var registry = loadCatalog(result);
            var request = selection.ToRequest(result, context.GetEnvironmentVariable, [result.GetValue(slug)!]);
            var run = WorkspacePipeline.Run(registry, request);
            foreach (var warning in run.Warnings)
            {
                context.Warn(warning);
            }

            context.Out.Write(ProfileDescription.Render(run.Profiles[0]));
            return 0;
        });
        return command;
    }
}
