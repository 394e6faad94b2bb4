using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Pipeline;
using WorkspaceConfigurator.Rendering.AppHub;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Yaml;
using WorkspaceConfigurator.Validation;

namespace WorkspaceConfigurator.Cli.Checks;

/// <summary>The checks every writing command runs before it writes: findings go to stderr, errors stop the run.</summary>
public static class ProfileChecks
{
    /// <summary>Prints the run's warnings and findings on stderr; returns false when there is an error (write nothing then).</summary>
    public static bool Pass(CliContext context, PipelineResult run)
    {
        var hubForms = new List<YamlMapping>(run.Profiles.Count);
        foreach (var profile in run.Profiles)
        {
            hubForms.Add(AppHubConfigRenderer.RenderProfile(profile.Spec));
        }

        return Pass(context, run, hubForms);
    }

    /// <summary>The same, reusing the profiles' config.yml form when the command renders it anyway.</summary>
    public static bool Pass(CliContext context, PipelineResult run, IReadOnlyList<YamlMapping> hubForms)
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
        foreach (var finding in ProfileValidator.Validate(specs, hubForms))
        {
            context.Error.WriteLine(finding.ToLine());
            passed &= finding.Severity != Severity.Error;
        }

        return passed;
    }
}
