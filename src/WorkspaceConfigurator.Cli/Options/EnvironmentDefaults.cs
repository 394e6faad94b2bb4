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
