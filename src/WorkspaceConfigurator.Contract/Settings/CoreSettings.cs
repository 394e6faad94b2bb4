namespace WorkspaceConfigurator.Contract;

/// <summary>The settings every profile has. Families and profiles may declare more (see <c>Profile.Declare</c>).</summary>
public static class CoreSettings
{
    public static SettingKey<string> DisplayName { get; } = new("display_name", SettingTypes.NonEmptyText, "name shown on the spawn page");

    public static SettingKey<string> Description { get; } = new("description", SettingTypes.Text, "one line shown under the name");

    public static SettingKey<string> Image { get; } = new("image", SettingTypes.NonEmptyText, "container image of the workspace");

    public static SettingKey<int> CpuLimit { get; } = new("cpu_limit", SettingTypes.WholeCpus, "CPU limit (whole CPUs)");

    public static SettingKey<int?> CpuGuarantee { get; } = new("cpu_guarantee", SettingTypes.OptionalWholeCpus, "CPU guarantee (whole CPUs)");

    public static SettingKey<Memory> MemLimit { get; } = new("mem_limit", SettingTypes.Memory, "memory limit");

    public static SettingKey<Memory?> MemGuarantee { get; } = new("mem_guarantee", SettingTypes.OptionalMemory, "memory guarantee");

    public static SettingKey<string?> DefaultUrl { get; } = new("default_url", SettingTypes.OptionalText, "URL the spawner opens, e.g. /desktop");

    public static SettingKey<bool> Default { get; } = new("default", SettingTypes.Bool, "pre-selected on the spawn page");

    public static SettingKey<ValueList<string>> Groups { get; } = new("groups", SettingTypes.NonEmptyList, "JupyterHub groups that may see the profile");

    public static SettingKey<string> StorageClassRwo { get; } = new("storage_class_rwo", SettingTypes.StorageClass, "storage class of ReadWriteOnce volumes");

    public static SettingKey<string> StorageClassRwx { get; } = new("storage_class_rwx", SettingTypes.StorageClass, "storage class of ReadWriteMany volumes");

    public static SettingKey<long> GpuLimit { get; } = new("gpu_limit", SettingTypes.Count, "number of nvidia.com/gpu (0 for none)");

    public static MapSettingKey<string> Env { get; } = new("env", SettingTypes.Text, "pod environment variables (env.NAME=VALUE)",
        key => Names.IsEnvVarName(key) ? null : $"'{key}' is not an environment variable name (letters, digits, '_', '-', '.'; not starting with a digit)");

    public static MapSettingKey<string> NodeSelector { get; } = new("node_selector", SettingTypes.Text, "node selector entries (node_selector.KEY=VALUE)",
        key => Names.IsQualifiedName(key) ? null : $"'{key}' is not a node label key (e.g. nvidia.com/gpu.present or disktype)");

    public static MapSettingKey<long> ExtraResourceLimits { get; } = new("extra_resource_limits", SettingTypes.Count, "extended resource limits (extra_resource_limits.KEY=N)",
        key => Names.IsQualifiedName(key) && key.Contains('/') ? null : $"'{key}' is not an extended resource name (e.g. nvidia.com/gpu)");

    /// <summary>The user's home folder: the home volume's mount, HOME, the XDG folders and the files placed in the home follow it.</summary>
    public static SettingKey<string> HomePath { get; } = new("home_path", SettingTypes.HomePath, "the user's home folder (the home volume's mount)");

    /// <summary>mount: files placed in the home are mounted read-only over the user's own at every start; seed: copied in once.</summary>
    public static SettingKey<string> RcFiles { get; } = new("rc_files", SettingTypes.RcFiles, "files placed in the home: mount (read-only, every start) or seed (copied once, then the user's)");

    public static SettingKey<string?> ImageConfigure { get; } = new("image_configure", SettingTypes.OptionalImagePath, "script in the image run at every start when present (e.g. /coder/configure)");

    public static SettingKey<bool> Personalize { get; } = new("personalize", SettingTypes.Bool, "run the user's ~/personalize at every start");

    public static SettingKey<string?> DotfilesRepo { get; } = new("dotfiles_repo", SettingTypes.OptionalGitUrl, "Git repository cloned to ~/.dotfiles and installed at every start");

    public static SettingKey<string?> GitSshSecret { get; } = new("git_ssh_secret", SettingTypes.OptionalObjectName, "Secret (kubernetes.io/ssh-auth) with the user's Git SSH key");

    /// <summary>Whole seconds, the unit the hub's idle culler counts in (written 90m, 2h or 1h30m).</summary>
    public static SettingKey<long> IdleTimeout { get; } = new("idle_timeout", SettingTypes.Duration, "stop the workspace after this long without activity (0 = off)");
}
