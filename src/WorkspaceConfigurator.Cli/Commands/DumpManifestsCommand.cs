using System.CommandLine;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Cli.Checks;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Render.Manifests;
using WorkspaceConfigurator.Write;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary>
/// <c>wsconf dump-manifests</c>: the Kubernetes objects a spawn of each selected profile creates, as one YAML
/// stream or as one kustomize base folder per profile. Everything is rendered before anything is written.
/// </summary>
internal static class DumpManifestsCommand
{
    public const string Name = "dump-manifests";

    public static Command Create(CliContext context, Func<ParseResult, ProfileCatalog> loadCatalog)
    {
        var selection = new SelectionOptions();
        var hub = new HubOption();
        var user = new Option<string>("--user")
        {
            Description = $"The JupyterHub user who spawns, as JupyterHub names them (e.g. Bob.Smith@example.org) [default: {SpawnTarget.DefaultUser}]",
            HelpName = "NAME",
        };
        var @namespace = new Option<string>("--namespace")
        {
            Description = "The namespace the hub creates the objects in [default: the hub settings' namespace template, jupyter-<user>]",
            HelpName = "NS",
        };
        var output = new OutputTarget(readEnvironment: false);
        var outputDir = OutputTarget.NotEmpty(new Option<string>("--output-dir")
        {
            Description = "Write one kustomize base per profile into DIR/<slug>/ (each profile's folder is replaced; its mode and owner are kept)",
            HelpName = "DIR",
        }, "a folder");

        var command = new Command(Name, "Write the Kubernetes objects that spawning each selected profile creates. Example: wsconf dump-manifests --profile coder-gpu --user alice --output-dir manifests");
        selection.AddTo(command);
        foreach (var option in new Option[] { hub.Option, user, @namespace })
        {
            command.Options.Add(option);
        }

        output.AddTo(command);
        command.Options.Add(outputDir);
        var existing = new ExistingOption();
        existing.AddTo(command);

        command.SetAction(result =>
        {
            var file = result.GetValue(output.Option);
            var folder = result.GetValue(outputDir);
            if (file is not null && folder is not null)
            {
                throw new UsageException("--output and --output-dir cannot be used together; choose one");
            }

            var existingObjects = existing.Read(result, context);
            var env = context.GetEnvironmentVariable;
            var target = Target(result.GetValue(user), result.GetValue(@namespace), hub.Read(result, env));
            var plan = Workspace.Plan(loadCatalog(result), selection.Layers(result, env), selection.Selection(result, env));
            if (!PlanChecks.Pass(context, plan))
            {
                return ExitCodes.Invalid;
            }

            var rendered = KubernetesRenderer.RenderAll(plan.Specs, target);
            foreach (var warning in ObjectConflicts.Find(rendered))
            {
                context.Report(warning);
            }

            foreach (var warning in UserDerivedNames.Find(rendered, target.User))
            {
                context.Report(warning);
            }

            // Create-or-keep against what the namespace holds; without --existing the objects pass unchanged.
            rendered = ExistingOption.Preview(context, rendered, target, existingObjects);

            if (folder is not null)
            {
                AtomicFolders.Write(folder, rendered.ToDictionary(p => p.Slug, KustomizeLayout.Files), FileWriting.Of(context, result.GetValue(output.Force)));
            }
            else
            {
                output.Write(result, context, writer => ManifestStream.Write(rendered, writer));
            }

            return 0;
        });
        return command;
    }

    private static SpawnTarget Target(string? user, string? @namespace, HubSettings hub)
    {
        user ??= SpawnTarget.DefaultUser;
        if (SpawnTarget.CheckUser(user) is { } userProblem)
        {
            throw new UsageException($"--user: {userProblem}");
        }

        if (@namespace is not null && SpawnTarget.CheckNamespace(@namespace) is { } namespaceProblem)
        {
            throw new UsageException($"--namespace: {namespaceProblem}");
        }

        // Names the hub derives from the user name are checked before anything renders: the spawn would fail there.
        var target = SpawnTarget.ForUser(user, @namespace, hub);
        target.EnsureValidNames(namespaceGiven: @namespace is not null);
        return target;
    }
}
