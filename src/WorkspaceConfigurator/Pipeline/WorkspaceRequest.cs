using WorkspaceConfigurator.Settings;

namespace WorkspaceConfigurator.Pipeline;

/// <summary>
/// What a run asks for, free of any command-line knowledge: which profiles (empty means all, in registration
/// order), values for every selected profile, and values for one profile each.
/// </summary>
public sealed record WorkspaceRequest(
    IReadOnlyList<string> Profiles,
    IReadOnlyList<SettingAssignment> Global,
    IReadOnlyList<ProfileAssignment> PerProfile)
{
    public static WorkspaceRequest All { get; } = new([], [], []);
}

/// <summary>A value for one profile's setting, e.g. from <c>--override coder:image=x</c>.</summary>
public sealed record ProfileAssignment(string Slug, SettingAssignment Assignment);
