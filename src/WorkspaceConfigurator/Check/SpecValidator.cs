using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Every rule of the Application Hub contract that types alone do not guarantee, over the built specs of one run.
/// Pure: specs in, findings out, in profile order. Every rule reads the specs, none a rendered form: a command
/// renders each profile once, for its output only.
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
