using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Check;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// Every rule of the checks over some specs at once, as a plan runs them (<see cref="CheckRun"/>): specs in,
/// findings out, in profile order.
/// </summary>
internal static class SpecValidator
{
    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ProfileSpec> specs)
    {
        var run = new CheckRun();
        for (var i = 0; i < specs.Count; i++)
        {
            run.Add(specs[i]);
        }

        return run.Findings();
    }
}
