using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Engine;

/// <summary>
/// One selected profile: where it is registered, its spec once built (null before, or when it could not be built),
/// and, in plans that keep them, its ladder and its settings after every layer.
/// </summary>
internal sealed record PlannedProfile(ProfileRegistration Registration, ProfileSpec? Spec)
{
    private readonly Ladder? ladder;
    private readonly ResolvedSettings? settings;

    public PlannedProfile(ProfileRegistration registration, Ladder? ladder, ResolvedSettings? settings, ProfileSpec? spec)
        : this(registration, spec)
    {
        this.ladder = ladder;
        this.settings = settings;
    }

    public string Slug => Registration.Slug;

    /// <summary>The layers the profile's settings were read from; kept by the plans that ask (see <see cref="Workspace.Plan"/>).</summary>
    public Ladder Ladder => ladder ?? throw NotKept();

    /// <summary>The settings after every layer; kept by the plans that ask (see <see cref="Workspace.Plan"/>).</summary>
    public ResolvedSettings Settings => settings ?? throw NotKept();

    /// <summary>What the hooks gave before the layers changed it (for <c>describe --layers</c>); null when not built.</summary>
    internal Build.HookTrace? Hooks { get; init; }

    private static InvalidOperationException NotKept() =>
        new("this plan did not keep the profiles' settings: make it with keepSettings: true");
}
