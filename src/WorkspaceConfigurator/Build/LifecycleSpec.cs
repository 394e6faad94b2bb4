namespace WorkspaceConfigurator.Build;

/// <summary>
/// What happens to a workspace across starts, as the lifecycle stage left it: where the home is and which volume
/// holds it, the startup steps (the pod's init containers, in order) and auto-off. The objects that carry it
/// (init containers, config maps, the Git key's secret mount) are in the spec's own lists; this is for people and
/// checks, and no renderer reads it.
/// </summary>
internal sealed record LifecycleSpec
{
    public string HomePath { get; init; } = "/workspace";

    /// <summary>The volume mounted at or above <see cref="HomePath"/>; null when the home is not on a volume.</summary>
    public VolumeSpec? HomeVolume { get; init; }

    /// <summary>"mount" or "seed".</summary>
    public string RcFiles { get; init; } = "mount";

    /// <summary>The init containers in the order they run, each with what it does.</summary>
    public ValueList<StartupStepSpec> Steps { get; init; } = ValueList<StartupStepSpec>.Empty;

    /// <summary>The lifecycle settings that are set and need the home on a volume, e.g. personalize.</summary>
    public ValueList<string> NeedHomeVolume { get; init; } = ValueList<string>.Empty;

    public string? GitSshSecret { get; init; }

    public TimeSpan IdleTimeout { get; init; }

    /// <summary>The workspace's server stops itself after <see cref="IdleTimeout"/> (a Jupyter server config is mounted).</summary>
    public bool StopsWhenIdle { get; init; }
}
