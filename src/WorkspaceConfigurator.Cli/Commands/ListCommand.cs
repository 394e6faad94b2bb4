using System.CommandLine;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Pipeline;
using WorkspaceConfigurator.Settings;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary><c>wsconf list</c>: one line per registered profile, with its class defaults and origin.</summary>
public static class ListCommand
{
    public const string Name = "list";

    public static Command Create(CliContext context, Func<ParseResult, Registry.ProfileRegistry> loadCatalog)
    {
        var command = new Command(Name, "List the registered profiles: slug, family, name, CPU, memory, GPU, aliases, origin");
        command.Aliases.Add("list-profiles");
        command.SetAction(result =>
        {
            var table = new TextTable("SLUG", "FAMILY", "DISPLAY NAME", "CPU", "MEMORY", "GPU", "ALIASES", "ORIGIN");
            foreach (var registration in loadCatalog(result).All)
            {
                var profile = registration.Profile;
                var settings = SettingsResolver.Resolve(registration.Slug, WorkspacePipeline.Declarations(registration), []);
                var cpu = settings.Get(CoreSettings.CpuLimit).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var memory = settings.Get(CoreSettings.MemLimit).ToHubString();
                table.Add(
                    registration.Slug,
                    profile.Family,
                    settings.Get(CoreSettings.DisplayName),
                    settings.Get(CoreSettings.CpuGuarantee) is { } g ? $"{g}-{cpu}" : cpu,
                    settings.Get(CoreSettings.MemGuarantee) is { } m ? $"{m.ToHubString()}-{memory}" : memory,
                    settings.Get(CoreSettings.GpuLimit) is var gpu and > 0 ? gpu.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-",
                    profile.Aliases.Count > 0 ? string.Join(",", profile.Aliases) : "-",
                    registration.Origin);
            }

            context.Out.Write(table.ToString());
            return 0;
        });
        return command;
    }
}
