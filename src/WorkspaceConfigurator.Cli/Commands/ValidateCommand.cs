using System.CommandLine;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Pipeline;
using WorkspaceConfigurator.Validation;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary>
/// <c>wsconf validate</c>: checks every selected profile and reports every problem, one line each, on stdout.
/// Exit 1 when there is an error (or, with --strict, a warning).
/// </summary>
public static class ValidateCommand
{
    public const string Name = "validate";

    public static Command Create(CliContext context, Func<ParseResult, Registry.ProfileRegistry> loadCatalog)
    {
        var selection = new SelectionOptions();
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too" };
        var command = new Command(Name, "Check the selected profiles against the Application Hub contract and report every problem");
        selection.AddTo(command);
        command.Options.Add(strict);
        command.SetAction(result =>
        {
            var run = WorkspacePipeline.Run(loadCatalog(result), selection.ToRequest(result, context.GetEnvironmentVariable), keepGoing: true);
            foreach (var warning in run.Warnings)
            {
                context.Warn(warning);
            }

            var findings = run.Failures.Select(f => Finding.Error(f.Registration.Slug, "build", f.Message, "a profile whose hooks and assets build"))
                .Concat(ProfileValidator.Validate(run.Profiles.Select(p => p.Spec).ToList()))
                .ToList();
            foreach (var finding in findings)
            {
                context.Out.WriteLine(finding.ToLine());
            }

            var errors = findings.Count(f => f.Severity == Severity.Error);
            var warnings = findings.Count - errors;
            var checkedCount = run.Profiles.Count + run.Failures.Count;
            context.Out.WriteLine($"{checkedCount} profile(s) checked: {errors} error(s), {warnings} warning(s)");
            return errors > 0 || (warnings > 0 && result.GetValue(strict)) ? 1 : 0;
        });
        return command;
    }
}
