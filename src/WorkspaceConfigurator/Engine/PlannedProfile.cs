using WorkspaceConfigurator.Registry;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Engine;

/// <summary>One selected profile: where it is registered, its ladder, its settings after every layer, and its spec once built (null before, or when it could not be built).</summary>
internal sealed record PlannedProfile(ProfileRegistration Registration, Ladder Ladder, ResolvedSettings Settings, ProfileSpec? Spec)
{
    public string Slug => Registration.Slug;

    /// <summary>What the hooks gave before the layers changed it (for <c>describe --layers</c>); null when not built.</summary>
    internal Profiles.HookTrace? Hooks { get; init; }
}
