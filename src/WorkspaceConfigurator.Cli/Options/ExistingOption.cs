using System.CommandLine;
using WorkspaceConfigurator.Check;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.ExistingObjects;
using WorkspaceConfigurator.Render.Manifests;

namespace WorkspaceConfigurator.Cli.Options;

/// <summary>
/// <c>--existing FILE|DIR</c> (env WSCONF_EXISTING) for dump-manifests and validate: the objects the user's namespace
/// already holds. The hub creates only what is absent, so dump-manifests marks each object create or keep (a kept
/// one shown as it exists) and validate warns where a kept claim or config map is not what the profile asks for.
/// Without it both commands behave exactly as before.
/// </summary>
internal sealed class ExistingOption
{
    public static readonly EnvironmentDefault Environment = new("WSCONF_EXISTING", null);

    public Option<string> Option { get; } = OutputTarget.NotEmpty(new Option<string>("--existing")
    {
        Description = $"Objects the user's namespace already holds, which the hub keeps (YAML from kubectl get -o yaml or dump-manifests; a folder is read recursively) [env {Environment.Name}]",
        HelpName = "FILE|DIR",
    }, "a file or folder");

    public void AddTo(Command command) => command.Options.Add(Option);

    /// <summary>The existing objects, or null when neither the option nor the variable names any. A bad file is exit 2.</summary>
    public ExistingObjects? Read(ParseResult result, CliContext context)
    {
        var path = result.GetValue(Option) ?? Environment.Read(context.GetEnvironmentVariable)?.Value;
        if (path is null)
        {
            return null;
        }

        var existing = ExistingObjectsReader.Read(path);
        foreach (var warning in existing.Warnings)
        {
            context.Report(warning);
        }

        return existing;
    }

    /// <summary>dump-manifests: the preview with every object marked create or keep, and one note per profile on stderr.</summary>
    public static IReadOnlyList<SpawnObjects> Preview(CliContext context, IReadOnlyList<SpawnObjects> rendered, SpawnTarget target, ExistingObjects? existing)
    {
        if (existing is null)
        {
            return rendered;
        }

        var preview = SpawnActions.Apply(rendered, existing, target);
        foreach (var finding in preview.Findings)
        {
            context.Report(finding);
        }

        return preview.Profiles;
    }

    /// <summary>
    /// validate: the plan's findings, then a warning for each kept claim or config map that differs from what its
    /// profile asks. Profiles with errors are left out: their objects may not render, and the errors come first.
    /// The namespace and its user are read as the hub settings name them (<paramref name="hub"/>).
    /// </summary>
    public static IReadOnlyList<Finding> Findings(Plan plan, IReadOnlyList<Finding> found, ExistingObjects? existing, HubSettings hub)
    {
        if (existing is null)
        {
            return found;
        }

        var target = Target(existing, hub);
        var findings = new List<Finding>(found);
        foreach (var profile in plan.Profiles)
        {
            if (profile.Spec is { } spec && !HasError(found, profile.Slug))
            {
                findings.AddRange(KeptObjectChecks.Find(spec, profile.Settings, target, existing));
            }
        }

        return findings;
    }

    // validate has no --user: the objects say whose namespace they come from. The hub names it by its settings'
    // namespace template (jupyter-<user>), so the user is read back from that name by the same template
    // (placeholders in names and contents render as they did for that user).
    private static SpawnTarget Target(ExistingObjects existing, HubSettings hub)
    {
        if (existing.Namespaces.Count > 1)
        {
            throw new UsageException($"--existing: the objects are in {existing.Namespaces.Count} namespaces ({string.Join(", ", existing.Namespaces)}); "
                + "validate compares the profiles with one user's namespace: give the objects of one");
        }

        return existing.Namespaces.Count == 0
            ? SpawnTarget.ForUser(SpawnTarget.DefaultUser, hub: hub)
            : SpawnTarget.ForNamespace(existing.Namespaces[0], hub);
    }

    private static bool HasError(IReadOnlyList<Finding> findings, string slug)
    {
        foreach (var f in findings)
        {
            if (f.Subject == slug && f.IsError)
            {
                return true;
            }
        }

        return false;
    }
}
