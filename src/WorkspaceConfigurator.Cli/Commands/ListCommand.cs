using System.CommandLine;
using System.Globalization;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary><c>wsconf list</c>: one line per profile that can be selected, with its settings as the values files leave them, and its origin.</summary>
internal static class ListCommand
{
    public const string Name = "list";

    public static Command Create(CliContext context, Func<ParseResult, ProfileCatalog> loadCatalog)
    {
        var command = new Command(Name, "List the profiles: slug, family, name, CPU, memory, GPU, aliases, origin (FILE:LINE for profiles defined in values files). Example: wsconf -f site.yaml list");
        command.Aliases.Add("list-profiles");
        command.SetAction(result =>
        {
            var plan = Workspace.Plan(loadCatalog(result), CommandLineLayers.None, Selection.All, PlanDepth.Settings);
            var table = new TextTable("SLUG", "FAMILY", "DISPLAY NAME", "CPU", "MEMORY", "GPU", "ALIASES", "ORIGIN");
            foreach (var profile in plan.Profiles)
            {
                var settings = profile.Settings;
                var registration = profile.Registration;
                var cpu = Text(settings.Value(CoreSettings.CpuLimit), v => ((int)v).ToString(CultureInfo.InvariantCulture));
                var memory = Text(settings.Value(CoreSettings.MemLimit), v => ((Memory)v).ToHubString());
                table.Add(
                    registration.Slug,
                    registration.Profile.Family,
                    Text(settings.Value(CoreSettings.DisplayName), v => (string)v),
                    settings.Value(CoreSettings.CpuGuarantee) is int g ? $"{g}-{cpu}" : cpu,
                    settings.Value(CoreSettings.MemGuarantee) is Memory m ? $"{m.ToHubString()}-{memory}" : memory,
                    settings.Value(CoreSettings.GpuLimit) is long gpu and > 0 ? gpu.ToString(CultureInfo.InvariantCulture) : "-",
                    registration.Profile.Aliases.Count > 0 ? string.Join(",", registration.Profile.Aliases) : "-",
                    registration.Origin);
            }

            context.Out.Write(table.ToString());
            return 0;
        });
        return command;
    }

    // A required setting a data profile leaves unset is shown, not a reason to fail the listing.
    private static string Text(object? value, Func<object, string> format) => value is null ? "(not set)" : format(value);
}
