using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Registry;
using WorkspaceConfigurator.Rendering.AppHub;
using WorkspaceConfigurator.Validation;
using WorkspaceConfigurator.Yaml;

// Usage: ScaleInProcess PLUGIN_DLL
// The stages of `wsconf dump-config` over the built-ins and one plugin's profiles, each timed; one JSON line on stdout.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: ScaleInProcess PLUGIN_DLL");
    return 2;
}

var stages = new List<(string Name, double Ms)>();
var clock = Stopwatch.StartNew();
void Stage(string name)
{
    stages.Add((name, clock.Elapsed.TotalMilliseconds));
    clock.Restart();
}

var registry = new ProfileRegistry();
BuiltinProfiles.RegisterAll(registry);
var plugin = Assembly.LoadFrom(Path.GetFullPath(args[0]));
foreach (var type in plugin.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProfileRegistrar).IsAssignableFrom(t)))
{
    registry.Register((IProfileRegistrar)Activator.CreateInstance(type)!, args[0]);
}

Stage("catalog");
var plan = Workspace.Plan(ProfileCatalog.Of(registry), CommandLineLayers.None, Selection.All, PlanDepth.Built);
Stage("pipeline");
var specs = plan.Specs;
var findings = ProfileValidator.Validate(specs);
Stage("validate");
var document = AppHubConfigRenderer.Render(specs);
Stage("render");
var yaml = YamlWriter.Write(document);
Stage("yaml");

var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
var fields = stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"\"{s.Name}_ms\":{s.Ms:F1}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"profiles\":{registry.All.Count},{string.Join(",", fields)},\"total_ms\":{stages.Sum(s => s.Ms):F1},\"findings\":{findings.Count},\"yaml_bytes\":{yaml.Length},\"peak_mb\":{peak:F0},\"gc\":[{GC.CollectionCount(0)},{GC.CollectionCount(1)},{GC.CollectionCount(2)}],\"gc_pause_ms\":{GC.GetTotalPauseDuration().TotalMilliseconds:F0}}}"));
return 0;
