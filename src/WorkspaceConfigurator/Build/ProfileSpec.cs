namespace WorkspaceConfigurator.Build;

/// <summary>
/// The neutral, fully resolved description of one workspace. Every renderer (Application Hub config, Kubernetes
/// objects) reads this and nothing else.
/// </summary>
internal sealed record ProfileSpec
{
    public required string Slug { get; init; }

    public required string DisplayName { get; init; }

    public required string Description { get; init; }

    public required bool Default { get; init; }

    public required ValueList<string> Groups { get; init; }

    public required string Image { get; init; }

    public required int CpuLimit { get; init; }

    public int? CpuGuarantee { get; init; }

    public required Memory MemLimit { get; init; }

    public Memory? MemGuarantee { get; init; }

    /// <summary>Extended resources such as nvidia.com/gpu, as whole counts.</summary>
    public ValueMap<long> ExtraResourceLimits { get; init; } = ValueMap<long>.Empty;

    public ValueMap<long> ExtraResourceGuarantees { get; init; } = ValueMap<long>.Empty;

    public ValueMap<string> NodeSelector { get; init; } = ValueMap<string>.Empty;

    public string? DefaultUrl { get; init; }

    public ValueMap<EnvValue> Env { get; init; } = ValueMap<EnvValue>.Empty;

    public ValueList<ConfigMapSpec> ConfigMaps { get; init; } = ValueList<ConfigMapSpec>.Empty;

    public ValueList<VolumeSpec> Volumes { get; init; } = ValueList<VolumeSpec>.Empty;

    public ValueList<RoleBindingSpec> RoleBindings { get; init; } = ValueList<RoleBindingSpec>.Empty;

    public ValueList<ImagePullSecretSpec> ImagePullSecrets { get; init; } = ValueList<ImagePullSecretSpec>.Empty;

    public ValueList<InitContainerSpec> InitContainers { get; init; } = ValueList<InitContainerSpec>.Empty;

    public ValueList<ManifestSpec> Manifests { get; init; } = ValueList<ManifestSpec>.Empty;

    public ValueList<string> EnvFromConfigMaps { get; init; } = ValueList<string>.Empty;

    public ValueList<string> EnvFromSecrets { get; init; } = ValueList<string>.Empty;

    public ValueList<SecretMountSpec> SecretMounts { get; init; } = ValueList<SecretMountSpec>.Empty;

    /// <summary>The home, the startup steps and auto-off, set by the lifecycle stage after the hooks and the site's items.</summary>
    public LifecycleSpec Lifecycle { get; init; } = new();
}
