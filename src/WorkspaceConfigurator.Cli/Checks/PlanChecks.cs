using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Engine;

namespace WorkspaceConfigurator.Cli.Checks;

/// <summary>The checks every writing command runs before it writes: findings go to stderr, errors stop the run.</summary>
internal static class PlanChecks
{
    /// <summary>Prints the plan's warnings and findings on stderr; returns false when there is an error (write nothing then).</summary>
    public static bool Pass(CliContext context, Plan plan)
    {
        foreach (var finding in plan.Warnings.Concat(plan.Findings))
        {
            context.Report(finding);
        }

        return !plan.HasErrors;
    }
}
