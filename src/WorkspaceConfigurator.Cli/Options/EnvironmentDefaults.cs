namespace WorkspaceConfigurator.Cli.Options;

/// <summary>
/// Option defaults from the environment. Precedence: the option, then WSCONF_*, then the reference generator's
/// names (so existing deployments keep working), then the built-in default.
/// </summary>
internal static class EnvironmentDefaults
{
    public static readonly EnvironmentDefault Profiles = new("WSCONF_PROFILES", "ENABLED_PROFILES");
    public static readonly EnvironmentDefault Groups = new("WSCONF_GROUPS", null);
    public static readonly EnvironmentDefault Output = new("WSCONF_OUTPUT", "OUTPUT_FILE");
    public static readonly EnvironmentDefault StorageClassRwo = new("WSCONF_STORAGE_CLASS_RWO", "STORAGE_CLASS_RWO");
    public static readonly EnvironmentDefault StorageClassRwx = new("WSCONF_STORAGE_CLASS_RWX", "STORAGE_CLASS_RWX");
    public static readonly EnvironmentDefault ProfilesDir = new("WSCONF_PROFILES_DIR", null);
    public static readonly EnvironmentDefault Values = new("WSCONF_VALUES", null);
    public static readonly EnvironmentDefault Hub = new("WSCONF_HUB", null);
}

/// <summary>An option's environment variables: ours first, then the reference's. Empty values count as unset.</summary>
internal sealed record EnvironmentDefault(string Name, string? ReferenceName)
{
    /// <summary>The value and the variable it came from, or null.</summary>
    public (string Value, string Variable)? Read(Func<string, string?> getVariable)
    {
        foreach (var name in new[] { Name, ReferenceName })
        {
            if (name is not null && getVariable(name) is { Length: > 0 } value)
            {
                return (value, name);
            }
        }

        return null;
    }
}
