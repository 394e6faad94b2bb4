using System.CommandLine;
using WorkspaceConfigurator.Engine;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Cli.Options;

/// <summary>
/// The options that choose profiles and change their settings, shared by dump-config, describe and the commands
/// that follow; and their translation into the command-line layers and the selection.
/// </summary>
internal sealed class SelectionOptions
{
    public Option<string[]> Profile { get; } = new("--profile", "--profiles")
    {
        Description = "Profile slug or alias; repeatable or comma-separated; order kept [default: all, env WSCONF_PROFILES]",
        HelpName = "SLUG",
    };

    public Option<string[]> Override { get; } = new("--override")
    {
        Description = "Set a profile's setting, e.g. coder:cpu_limit=4, coder:env.FOO=bar; delete a map entry with coder:env.FOO- or empty a map with coder:env- (repeatable)",
        HelpName = "SLUG:FIELD=VALUE",
    };

    public Option<string[]> NodeSelector { get; } = new("--node-selector")
    {
        Description = "Add a node-selector entry to a profile, merged onto its own (repeatable)",
        HelpName = "SLUG:KEY=VALUE",
    };

    public Option<string> Groups { get; } = new("--groups")
    {
        Description = "JupyterHub groups that may see every selected profile, comma-separated [env WSCONF_GROUPS]",
        HelpName = "a,b",
    };

    public Option<string> Image { get; } = new("--image")
    {
        Description = "Image for every selected profile (a per-profile image override wins)",
        HelpName = "IMAGE",
    };

    public Option<string> StorageClassRwo { get; } = new("--storage-class-rwo")
    {
        Description = "Storage class of ReadWriteOnce volumes [env WSCONF_STORAGE_CLASS_RWO, STORAGE_CLASS_RWO; default: standard]",
        HelpName = "CLASS",
    };

    public Option<string> StorageClassRwx { get; } = new("--storage-class-rwx")
    {
        Description = "Storage class of ReadWriteMany volumes [env WSCONF_STORAGE_CLASS_RWX, STORAGE_CLASS_RWX; default: standard]",
        HelpName = "CLASS",
    };

    public void AddTo(Command command, bool includeProfile = true)
    {
        if (includeProfile)
        {
            command.Options.Add(Profile);
        }

        foreach (var option in new Option[] { Override, NodeSelector, Groups, Image, StorageClassRwo, StorageClassRwx })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The command-line rungs: global options (and their environment variables), then per-profile overrides.</summary>
    public CommandLineLayers Layers(ParseResult result, Func<string, string?> env)
    {
        var global = new List<CommandLineSetting>();
        AddGlobal(global, result, env, Groups, EnvironmentDefaults.Groups, CoreSettings.Groups);
        AddGlobal(global, result, env, Image, null, CoreSettings.Image);
        AddGlobal(global, result, env, StorageClassRwo, EnvironmentDefaults.StorageClassRwo, CoreSettings.StorageClassRwo);
        AddGlobal(global, result, env, StorageClassRwx, EnvironmentDefaults.StorageClassRwx, CoreSettings.StorageClassRwx);

        var overrides = new List<CommandLineOverride>();
        foreach (var text in result.GetValue(Override) ?? [])
        {
            overrides.Add(AssignmentParser.ParseOverride(text));
        }

        foreach (var text in result.GetValue(NodeSelector) ?? [])
        {
            overrides.Add(AssignmentParser.ParseNodeSelector(text));
        }

        return new CommandLineLayers(global, overrides);
    }

    /// <summary>The profiles asked for with --profile (or WSCONF_PROFILES); none means all.</summary>
    public Selection Selection(ParseResult result, Func<string, string?> env)
    {
        var given = result.GetValue(Profile);
        if (given is { Length: > 0 })
        {
            return new Selection(SplitList(given, "--profile"));
        }

        return EnvironmentDefaults.Profiles.Read(env) is { } fromEnv ? new Selection(SplitList([fromEnv.Value], fromEnv.Variable)) : Engine.Selection.All;
    }

    private static IReadOnlyList<string> SplitList(IEnumerable<string> values, string source)
    {
        var items = new List<string>();
        foreach (var value in values)
        {
            items.AddRange(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return items.Count > 0 ? items : throw new UsageException($"{source} names no profile; give slugs such as coder,jupyterlab");
    }

    private static void AddGlobal(List<CommandLineSetting> settings, ParseResult result, Func<string, string?> env,
        Option<string> option, EnvironmentDefault? fromEnv, SettingKey key)
    {
        if (result.GetResult(option) is not null)
        {
            var value = result.GetValue(option) ?? "";
            settings.Add(new CommandLineSetting(key.Name, value, $"{option.Name} {value}"));
        }
        else if (fromEnv?.Read(env) is { } variable)
        {
            settings.Add(new CommandLineSetting(key.Name, variable.Value, $"env {variable.Variable}={variable.Value}"));
        }
    }
}
