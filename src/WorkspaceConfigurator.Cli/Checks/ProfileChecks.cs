using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Pipeline;
using WorkspaceConfigurator.Rendering.AppHub;
using WorkspaceConfigurator.Yaml;
using WorkspaceConfigurator.Validation;

namespace WorkspaceConfigurator.Cli.Checks;

/// <summary>The checks every writing command runs before it writes: findings go to stderr, errors stop the run.</summary>
public static class ProfileChecks
{
    /// <summary>Prints the run's warnings and findings on stderr; returns false when there is an error (write nothing then).</summary>
    public static bool Pass(CliContext context, PipelineResult run) =>
        Pass(context, run, run.Profiles.Select(p => AppHubConfigRenderer.RenderProfile(p.Spec)).ToList());

    /// <summary>The same, reusing the profiles' config.yml form when the command renders it anyway.</summary>
    public static bool Pass(CliContext context, PipelineResult run, IReadOnlyList<YamlMapping> hubForms)
    {
        foreach (var warning in run.Warnings)
        {
            context.Warn(warning);
        }

        var findings = ProfileValidator.Validate(run.Profiles.Select(p => p.Spec).ToList(), hubForms);
        foreach (var finding in findings)
        {
            context.Error.WriteLine(finding.ToLine());
        }

        return findings.All(f => f.Severity != Severity.Error);
    }
}
