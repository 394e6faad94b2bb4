using WorkspaceConfigurator.Profiles;

namespace WorkspaceConfigurator.Registry;

/// <summary>A registered profile and where it came from ("built-in" or a plugin's path).</summary>
public sealed record ProfileRegistration(Profile Profile, string Origin)
{
    public string Slug => Profile.Slug;

    public const string BuiltIn = "built-in";
}
