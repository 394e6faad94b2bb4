using WorkspaceConfigurator.Cli.Commands;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Registry;
using WorkspaceConfigurator.Rendering.AppHub;
using WorkspaceConfigurator.Rendering.Kubernetes;
using WorkspaceConfigurator.Validation;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>
/// Start-up work on the second core. A run of wsconf spends most of its time loading types and preparing code the
/// first time it is used, not computing. While the main thread sets up the command line and builds the selected
/// profiles, this thread builds the built-in profiles in reverse order and renders, checks and writes one of them,
/// so that the main thread finds most of that code ready. Its results are discarded; it shares no state with the
/// command (there is no static mutable state), never writes, and does not keep the process alive.
/// </summary>
internal static class StartupWarmup
{
    /// <summary>Set to 1 to switch it off, e.g. to measure its effect (bench/run.sh does).</summary>
    public const string DisableVariable = "WSCONF_NO_WARMUP";

    /// <summary>Starts the warm-up for the commands that build profiles, when there is a second core to run it on.</summary>
    public static void StartInBackground(IReadOnlyList<string> args, Func<string, string?> getEnvironmentVariable)
    {
        // On one core the two threads would only take turns: the warm-up would cost, not save.
        if (Environment.ProcessorCount < 2 || getEnvironmentVariable(DisableVariable) == "1" || ScopeOf(args) is not { } scope)
        {
            return;
        }

        var thread = new Thread(() =>
        {
            try
            {
                Warm(scope);
            }
            catch (Exception)
            {
                // Only a head start: whatever failed here, the command itself meets and reports.
            }
        })
        { IsBackground = true, Name = "wsconf start-up warm-up" };
        thread.Start();
    }

    /// <summary>Which code the command will need, judged from its name alone (the command line is parsed later).</summary>
    public static WarmupScope? ScopeOf(IReadOnlyList<string> args)
    {
        foreach (var arg in args)
        {
            switch (arg)
            {
                // diff renders config.yml too, unless it is given two files: then the head start is wasted, never harmful.
                case DumpConfigCommand.Name or ValidateCommand.Name or DescribeCommand.Name or DiffCommand.Name:
                    return WarmupScope.Config;
                case DumpManifestsCommand.Name:
                    return WarmupScope.Manifests;
            }
        }

        return null;
    }

    /// <summary>The warm-up itself, on the calling thread; throws what the code it runs throws.</summary>
    public static void Warm(WarmupScope scope)
    {
        var registry = new ProfileRegistry();
        BuiltinProfiles.RegisterAll(registry);
        var catalog = ProfileCatalog.Of(registry);
        var target = SpawnTarget.ForUser(SpawnTarget.DefaultUser);

        // Reverse order: the main thread builds from the front, so the two threads meet in the middle. The checks are
        // the same for every profile: once is enough, and early is best.
        var last = registry.All.Count - 1;
        for (var i = last; i >= 0; i--)
        {
            var depth = i == last ? PlanDepth.Checked : PlanDepth.Built;
            var spec = Workspace.Plan(catalog, CommandLineLayers.None, new Selection([registry.All[i].Slug]), depth).Profiles[0].Spec!;

            // Each command renders only its own output: config.yml, or the Kubernetes objects.
            if (scope == WarmupScope.Manifests)
            {
                ManifestStream.Write(KubernetesRenderer.RenderAll([spec], target));
            }
            else
            {
                var hubForm = AppHubConfigRenderer.RenderProfile(spec);
                if (i == last)
                {
                    YamlWriter.Write(AppHubConfigRenderer.Document([hubForm]));
                }
            }
        }
    }
}

/// <summary>The stages a command goes through after building profiles.</summary>
public enum WarmupScope
{
    /// <summary>Check, then render and write config.yml.</summary>
    Config,

    /// <summary>Check, then render and write the Kubernetes objects (no config.yml).</summary>
    Manifests,
}
