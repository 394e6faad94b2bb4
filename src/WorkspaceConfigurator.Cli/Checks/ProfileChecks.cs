using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Pipeline;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Validation;

namespace WorkspaceConfigurator.Cli.Checks;

/// <summary>The checks every writing command runs before it writes: findings go to stderr, errors stop the run.</summary>
public static class ProfileChecks
{
    /// <summary>Prints the run's warnings and findings on stderr; returns false when there is an error (write nothing then).</summary>
    public static bool Pass(CliContext context, PipelineResult run)
    {
        foreach (var warning in run.Warnings)
        {
            context.Warn(warning);
        }

        var specs = new List<ProfileSpec>(run.Profiles.Count);
        foreach (var profile in run.Profiles)
        {
            specs.Add(profile.Spec);
        }

        var passed = true;
        foreach (var finding in ProfileValidator.Validate(specs))
        {
            context.Error.WriteLine(finding.ToLine());
            passed &= finding.Severity != Severity.Error;
        }

        return passed;
    }
}
