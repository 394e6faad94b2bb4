using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.Lifecycle;

/// <summary>
/// The last build stage, after the hooks and the site's items: turns the lifecycle settings into what the hub can
/// carry. config.yml has no lifecycle hooks and its init containers get no environment, so every startup step is
/// an init container (the profile image, the home volume mounted) running our startup script from a config map,
/// with the home as an argument. The order is fixed: seed the home, the profile's own init containers, the image's
/// configure script, the user's personalize script, the user's dotfiles.
/// </summary>
internal static class LifecycleStage
{
    public const string SeedContainer = "home-seed";
    public const string ConfigureContainer = "image-configure";
    public const string PersonalizeContainer = "personalize";
    public const string DotfilesContainer = "dotfiles";

    /// <summary>Where a seeded file's config map is mounted, outside the home: the seed step copies it from there.</summary>
    public const string SeedFolder = "/opt/wsconf/seed";

    /// <summary>Where the Git key's Secret is mounted: outside the home, so no key material lands on the persistent volume.</summary>
    public const string GitSshFolder = "/opt/wsconf/git-ssh";

    /// <summary>The key file of a kubernetes.io/ssh-auth Secret.</summary>
    public const string GitSshKeyFile = GitSshFolder + "/ssh-privatekey";

    public static string StartupConfigMapName(string slug) => $"startup-{slug}";

    /// <param name="jupyterServer">The workspace is a Jupyter server, which can stop itself when idle.</param>
    public static ProfileSpec Apply(ProfileSpec spec, ResolvedSettings settings, bool jupyterServer)
    {
        var home = settings.Get(CoreSettings.HomePath);
        var seed = settings.Get(CoreSettings.RcFiles) == "seed";
        var configure = settings.Get(CoreSettings.ImageConfigure);
        var personalize = settings.Get(CoreSettings.Personalize);
        var dotfiles = settings.Get(CoreSettings.DotfilesRepo);
        var gitSecret = settings.Get(CoreSettings.GitSshSecret);
        var idle = TimeSpan.FromSeconds(settings.Get(CoreSettings.IdleTimeout));

        var needHome = new List<string>();
        if (seed)
        {
            needHome.Add(CoreSettings.RcFiles.Name);
        }

        if (configure is not null)
        {
            needHome.Add(CoreSettings.ImageConfigure.Name);
        }

        if (personalize)
        {
            needHome.Add(CoreSettings.Personalize.Name);
        }

        if (dotfiles is not null)
        {
            needHome.Add(CoreSettings.DotfilesRepo.Name);
        }

        var homeVolume = HomeVolume.Find(spec.Volumes, home);
        var configMaps = new List<ConfigMapSpec>(spec.ConfigMaps);
        var before = new List<Step>();
        var after = new List<Step>();
        var env = spec.Env;
        var secretMounts = spec.SecretMounts;

        // Without a volume that holds the home, a step would write into the container's throw-away layer: the checks
        // report it (LifecycleRules) and nothing is added.
        if (homeVolume is not null)
        {
            var homeMount = new VolumeMountSpec { Name = homeVolume.Name, MountPath = homeVolume.MountPath };
            var script = new VolumeMountSpec { Name = StartupConfigMapName(spec.Slug), MountPath = StartupScript.Folder };
            if (seed && Seed(configMaps, spec.Volumes, homeVolume, home, spec.Image, homeMount, script) is { } seeding)
            {
                before.Add(seeding);
            }

            if (configure is not null)
            {
                after.Add(new Step(Container(ConfigureContainer, spec.Image, [homeMount, script], "configure", home, configure),
                    $"runs {configure} from the image when it is there and executable; a non-zero exit fails the start"));
            }

            if (personalize)
            {
                after.Add(new Step(Container(PersonalizeContainer, spec.Image, [homeMount, script], "personalize", home),
                    $"runs {home}/personalize when it is there and executable; a failure is logged and the start goes on"));
            }

            if (dotfiles is not null)
            {
                var container = gitSecret is null
                    ? Container(DotfilesContainer, spec.Image, [homeMount, script], "dotfiles", home, dotfiles)
                    : Container(DotfilesContainer, spec.Image, [homeMount, script, new VolumeMountSpec { Name = gitSecret, MountPath = GitSshFolder }], "dotfiles", home, dotfiles, GitSshKeyFile);
                after.Add(new Step(container,
                    $"clones {dotfiles} into {home}/.dotfiles (pulls when present), then runs its install script or links its dotfiles into the home; a failure is logged and the start goes on"));
            }
        }

        if (gitSecret is not null)
        {
            secretMounts = new List<SecretMountSpec>(secretMounts) { new() { Name = gitSecret, MountPath = GitSshFolder } }.ToValueList();

            // ssh refuses a key that others can read, and a Secret volume's files are: the script copies the key to a
            // private file outside the home and runs ssh with it. A GIT_SSH_COMMAND the layers set wins.
            // GIT_SSH_VARIANT spares git its probe run of an unknown ssh command (ssh -G) on every fetch.
            if (!env.TryGetValue("GIT_SSH_COMMAND", out _))
            {
                env = env.Set("GIT_SSH_COMMAND", EnvValue.Of($"sh {StartupScript.Path} git-ssh {GitSshKeyFile}"));
                env = env.Set("GIT_SSH_VARIANT", EnvValue.Of("ssh"));
            }
        }

        if (before.Count > 0 || after.Count > 0 || gitSecret is not null)
        {
            // In the workspace container the config map is one file (the hub mounts the key as a subPath); in the init
            // containers it is a folder, mounted without a subPath.
            configMaps.Add(new ConfigMapSpec
            {
                Name = StartupConfigMapName(spec.Slug),
                Key = StartupScript.FileName,
                MountPath = StartupScript.Path,
                DefaultMode = ConfigMapSpec.ReadableByAllMode,
                ReadOnly = true,
                Content = StartupScript.Text,
                Persist = false,
            });
        }

        var stopsWhenIdle = jupyterServer && idle > TimeSpan.Zero;
        if (stopsWhenIdle)
        {
            configMaps.Add(IdleShutdown.ConfigMap(spec.Slug, idle));
        }

        // The profile's own init containers (its hooks' and the site's) sit between ours, described by what they run.
        var steps = new List<Step>(before.Count + spec.InitContainers.Count + after.Count);
        steps.AddRange(before);
        foreach (var container in spec.InitContainers)
        {
            steps.Add(new Step(container, container.Name == SpecBuilder.InitContainerName
                ? $"runs the profile's init script (config map {SpecBuilder.InitConfigMapName(spec.Slug)})"
                : $"runs {string.Join(' ', container.Command)}"));
        }

        steps.AddRange(after);
        var containers = new List<InitContainerSpec>(steps.Count);
        var described = new List<StartupStepSpec>(steps.Count);
        foreach (var step in steps)
        {
            containers.Add(step.Container);
            described.Add(new StartupStepSpec(step.Container.Name, step.Runs));
        }

        return spec with
        {
            ConfigMaps = configMaps.ToValueList(),
            InitContainers = containers.ToValueList(),
            Env = env,
            SecretMounts = secretMounts,
            Lifecycle = new LifecycleSpec
            {
                HomePath = home,
                HomeVolume = homeVolume,
                RcFiles = seed ? "seed" : "mount",
                Steps = described.ToValueList(),
                NeedHomeVolume = needHome.ToValueList(),
                GitSshSecret = gitSecret,
                IdleTimeout = idle,
                StopsWhenIdle = stopsWhenIdle,
            },
        };
    }

    // Every config map mounted as a file inside the home moves out of it, and the seed step copies it in when the home
    // lacks it. A file that lands on another volume mounted inside the home (~/.config on a volume of its own) stays
    // mounted: the seed step mounts the home volume only, and would write below that other volume's mount point.
    private static Step? Seed(
        List<ConfigMapSpec> configMaps, ValueList<VolumeSpec> volumes, VolumeSpec homeVolume, string home, string image, VolumeMountSpec homeMount, VolumeMountSpec script)
    {
        var mounts = new List<VolumeMountSpec> { homeMount, script };
        var command = new List<string> { "sh", StartupScript.Path, "seed", home };
        var seeded = new List<string>();
        for (var i = 0; i < configMaps.Count; i++)
        {
            var map = configMaps[i];
            if (map.MountPath is not { } given || LifecycleValues.NormalizePath(given) is not { } path || path == home || !HomeVolume.Contains(home, path)
                || !ReferenceEquals(HomeVolume.Find(volumes, path), homeVolume))
            {
                continue;
            }

            var folder = $"{SeedFolder}/{map.Name}";
            configMaps[i] = map with { MountPath = $"{folder}/{map.Key}" };
            mounts.Add(new VolumeMountSpec { Name = map.Name, MountPath = folder });
            command.Add($"{folder}/{map.Key}");
            command.Add(HomeVolume.Relative(home, path));
            seeded.Add(HomeVolume.Relative(home, path));
        }

        return seeded.Count == 0 ? null : new Step(new InitContainerSpec
        {
            Name = SeedContainer,
            Image = image,
            Command = command.ToValueList(),
            VolumeMounts = mounts.ToValueList(),
        },
            $"copies {string.Join(", ", seeded)} into {home} when the home lacks them, then they are the user's; never fails the start");
    }

    /// <summary>An init container and what it does, in words (what describe lists under "Startup steps").</summary>
    private sealed record Step(InitContainerSpec Container, string Runs);

    private static InitContainerSpec Container(string name, string image, VolumeMountSpec[] mounts, params string[] arguments)
    {
        var command = new List<string>(arguments.Length + 2) { "sh", StartupScript.Path };
        command.AddRange(arguments);
        return new InitContainerSpec { Name = name, Image = image, Command = command.ToValueList(), VolumeMounts = mounts.ToValueList() };
    }
}
