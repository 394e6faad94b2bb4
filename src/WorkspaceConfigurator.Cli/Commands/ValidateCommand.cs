using System.CommandLine;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Check;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary>
/// <c>wsconf validate</c>: checks every selected profile and reports every problem, one line each, on stdout.
/// Exit 1 when there is an error (or, with --strict, a warning).
/// </summary>
internal static class ValidateCommand
{
    public const string Name = "validate";

    public static Command Create(CliContext context, Func<ParseResult, ProfileCatalog> loadCatalog)
    {
        var selection = new SelectionOptions();
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too" };
        var hub = new HubOption();
        var command = new Command(Name, "Check the selected profiles against the Application Hub contract and report every problem. Example: wsconf -f site.yaml validate --strict --groups staff --hub eoepca");
        selection.AddTo(command);
        command.Options.Add(strict);
        command.Options.Add(hub.Option);
        var existing = new ExistingOption();
        existing.AddTo(command);
        command.SetAction(result =>
        {
            var existingObjects = existing.Read(result, context);
            var env = context.GetEnvironmentVariable;
            var settings = hub.Read(result, env);
            // The checks of kept objects name the settings that hold a value: only they need the settings after the plan.
            var plan = Workspace.Plan(loadCatalog(result), selection.Layers(result, env), selection.Selection(result, env), keepGoing: true, keepSettings: existingObjects is not null);
            var found = HubRules.Merge(plan.Specs, plan.Findings, HubRules.Check(plan.Specs, settings));
            // The command line's own warnings come first and count like any other (--strict fails on them); with
            // --existing, warnings on kept claims and config maps follow the plan's findings.
            List<Finding> findings = [.. plan.Warnings, .. ExistingOption.Findings(plan, found, existingObjects, settings)];
            var (errors, warnings) = (0, 0);
            foreach (var finding in findings)
            {
                context.Out.WriteLine(finding.ToLine());
                errors += finding.Severity == Severity.Error ? 1 : 0;
                warnings += finding.Severity == Severity.Warning ? 1 : 0;
            }

            context.Out.WriteLine($"{plan.Selected.Count} profile(s) checked: {errors} error(s), {warnings} warning(s)");
            return errors > 0 || (warnings > 0 && result.GetValue(strict)) ? 1 : 0;
        });
        return command;
    }
}
