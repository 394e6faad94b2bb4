using System.CommandLine;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Check;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary><c>wsconf describe SLUG [--layers]</c>: every resolved setting with its source, what the hooks produce, and with --layers every rung's value.</summary>
internal static class DescribeCommand
{
    public const string Name = "describe";

    public static Command Create(CliContext context, Func<ParseResult, ProfileCatalog> loadCatalog)
    {
        var slug = new Argument<string>("slug") { Description = "Profile slug or alias" };
        var layers = new Option<bool>("--layers") { Description = "Show every layer's value of each setting and named item: the winner, what it shadows, and deletions, each with its origin" };
        var selection = new SelectionOptions();
        var hub = new HubOption();
        var command = new Command(Name, "Show a profile's resolved settings (and where each came from) and what its hooks produce. Example: wsconf describe coder-gpu --layers --override coder-gpu:gpu_limit=2");
        command.Arguments.Add(slug);
        command.Options.Add(layers);
        command.Options.Add(hub.Option);
        selection.AddTo(command, includeProfile: false);
        command.SetAction(result =>
        {
            var env = context.GetEnvironmentVariable;
            var settings = hub.Read(result, env);
            var plan = Workspace.Plan(loadCatalog(result), selection.Layers(result, env), new Selection([result.GetValue(slug)!]), PlanDepth.Built, traceHooks: result.GetValue(layers));
            foreach (var warning in plan.Warnings)
            {
                context.Report(warning);
            }

            // A description quotes display names, env values and file contents: their lines are kept, anything in
            // them that could drive the terminal is escaped.
            var profile = plan.Profiles[0];
            context.Out.Write(TerminalText.EscapeLines(ProfileDescription.Render(profile, settings)));
            if (result.GetValue(layers))
            {
                context.Out.Write(TerminalText.EscapeLines(LayerDescription.Render(plan.Catalog, profile)));
            }

            foreach (var finding in HubRules.Merge(plan.Specs, plan.Findings, HubRules.Check(plan.Specs, settings)))
            {
                context.Report(finding);
            }

            return plan.HasErrors ? ExitCodes.Invalid : 0;
        });
        return command;
    }
}
