using System.CommandLine;
using WorkspaceConfigurator.Cli.Plugins;

namespace WorkspaceConfigurator.Cli.Options;

/// <summary>
/// <c>--profiles-dir DIR</c>: folders of site profile plugins, for every command (a recursive root option).
/// The option wins over WSCONF_PROFILES_DIR, which holds folders separated by the platform's path separator.
/// </summary>
internal sealed class ProfilesDirOption
{
    public Option<string[]> Option { get; } = new("--profiles-dir")
    {
        Description = $"Folder of site profile plugins, loaded after the built-ins: plugin .dll files, or one sub-folder per plugin build; repeatable [env {EnvironmentDefaults.ProfilesDir.Name}, separated by '{Path.PathSeparator}']",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>The folders asked for, in order, each with where it was given (for error messages).</summary>
    public IReadOnlyList<PluginFolderRequest> Read(ParseResult result, Func<string, string?> env)
    {
        if (result.GetValue(Option) is { Length: > 0 } given)
        {
            return given.Select(path => new PluginFolderRequest(path, Option.Name)).ToList();
        }

        if (EnvironmentDefaults.ProfilesDir.Read(env) is not { } fromEnv)
        {
            return [];
        }

        // An empty entry (a leading, trailing or doubled separator) is no folder: skip it, as PATH lookups do.
        return fromEnv.Value.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(path => new PluginFolderRequest(path, fromEnv.Variable))
            .ToList();
    }
}
