namespace WorkspaceConfigurator.Catalog;

/// <summary>
/// A registered profile and where it came from ("built-in" or a plugin's path). The slug is read from the profile
/// once, when it is registered: a profile's properties are code, and a plugin's may not give the same answer twice.
/// </summary>
internal sealed record ProfileRegistration
{
    public ProfileRegistration(Profile profile, string origin)
        : this(profile, origin, profile.Slug)
    {
    }

    internal ProfileRegistration(Profile profile, string origin, string slug)
    {
        Profile = profile;
        Origin = origin;
        Slug = slug;
    }

    public Profile Profile { get; }

    public string Origin { get; }

    public string Slug { get; }

    public void Deconstruct(out Profile profile, out string origin)
    {
        profile = Profile;
        origin = Origin;
    }

    public const string BuiltIn = "built-in";
}
