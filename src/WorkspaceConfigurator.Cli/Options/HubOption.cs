using System.CommandLine;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Layers.HubFiles;

namespace WorkspaceConfigurator.Cli.Options;

/// <summary>
/// <c>--hub FILE|PRESET</c> (or WSCONF_HUB): the hub settings that shape every pod, for dump-manifests, validate and
/// describe. Without it, KubeSpawner's defaults, taken from code: no preset file is read then.
/// </summary>
internal sealed class HubOption
{
    public Option<string> Option { get; } = new("--hub")
    {
        Description = $"Hub settings: a preset ({string.Join(", ", HubPresets.Names)}) or a hub file (YAML) [env WSCONF_HUB; default: {HubPresets.KubeSpawner}]",
        HelpName = "FILE|PRESET",
    };

    public HubSettings Read(ParseResult result, Func<string, string?> env)
    {
        var given = result.GetValue(Option);
        var source = "--hub";
        if (given is null && EnvironmentDefaults.Hub.Read(env) is { } fromEnv)
        {
            (given, source) = (fromEnv.Value, fromEnv.Variable);
        }

        if (given is null)
        {
            return HubSettings.Defaults;
        }

        // A preset's name wins over a file of that name in the current folder; ./eoepca reads the file.
        if (HubPresets.IsPreset(given))
        {
            return HubPresets.Load(given);
        }

        if (!File.Exists(given) && !Directory.Exists(given) && given.IndexOfAny(['/', '\\', '.']) < 0)
        {
            var close = Suggestions.Closest(given, HubPresets.Names, 1).FirstOrDefault();
            throw new UsageException($"{source}: '{given}' is neither a hub preset nor a file{(close is null ? "" : $"; did you mean '{close}'?")} (presets: {string.Join(", ", HubPresets.Names)})");
        }

        return HubSettingsReader.ReadFile(given, given);
    }
}
