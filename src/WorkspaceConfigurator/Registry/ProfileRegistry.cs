using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Profiles;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Registry;

/// <summary>
/// The profiles of one run, keyed by slug, in registration order. An instance, never global: each run and each
/// test builds its own. Slugs and aliases share one namespace; a clash is an error naming both origins.
/// </summary>
public sealed class ProfileRegistry
{
    private readonly List<ProfileRegistration> registrations = [];
    private readonly Dictionary<string, ProfileRegistration> bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProfileRegistration> byAlias = new(StringComparer.Ordinal);

    public IReadOnlyList<ProfileRegistration> All => registrations;

    /// <summary>Runs a registrar, recording <paramref name="origin"/> for each profile it adds.</summary>
    public void Register(IProfileRegistrar registrar, string origin) => registrar.Register(new OriginScope(this, origin));

    public void Add(Profile profile, string origin)
    {
        var slug = ReadSlug(profile, origin);
        if (Find(slug) is { } existing)
        {
            throw new ProfileException($"duplicate profile slug '{slug}': {Describe(profile, origin)} clashes with {Describe(existing)}");
        }

        var registration = new ProfileRegistration(profile, origin);
        var aliases = profile.Aliases;
        foreach (var alias in aliases)
        {
            if (!Names.IsDnsLabel(alias.Replace('_', '-')))
            {
                throw new ProfileException($"profile '{slug}' ({origin}): alias '{alias}' must be lower-case letters, digits, '-' or '_'");
            }

            if (alias != slug && Find(alias) is { } clash)
            {
                throw new ProfileException($"duplicate profile slug '{alias}': alias of {Describe(profile, origin)} clashes with {Describe(clash)}");
            }
        }

        registrations.Add(registration);
        bySlug[slug] = registration;
        foreach (var alias in aliases)
        {
            byAlias[alias] = registration;
        }
    }

    /// <summary>The registration for a slug or alias, or null.</summary>
    public ProfileRegistration? Find(string slugOrAlias) =>
        bySlug.TryGetValue(slugOrAlias, out var r) || byAlias.TryGetValue(slugOrAlias, out r) ? r : null;

    /// <summary>The registration for a slug or alias; an unknown name is a usage error suggesting the closest ones.</summary>
    public ProfileRegistration Resolve(string slugOrAlias) =>
        Find(slugOrAlias) ?? throw new UsageException(UnknownMessage(slugOrAlias));

    public string UnknownMessage(string name)
    {
        var candidates = new List<string>(bySlug.Keys);
        candidates.AddRange(byAlias.Keys);
        var suggestions = new List<string>();
        foreach (var candidate in Suggestions.Closest(name, candidates, 3))
        {
            var quoted = $"'{Find(candidate)!.Slug}'";
            if (!suggestions.Contains(quoted))
            {
                suggestions.Add(quoted);
            }
        }

        return suggestions.Count > 0
            ? $"unknown profile '{name}'; did you mean {string.Join(" or ", suggestions)}? ('wsconf list' shows all)"
            : $"unknown profile '{name}' ('wsconf list' shows the {registrations.Count} known profiles)";
    }

    private static string ReadSlug(Profile profile, string origin)
    {
        string slug;
        try
        {
            slug = profile.Slug;
        }
        catch (Exception e)
        {
            throw new ProfileException($"profile class {profile.GetType().FullName} ({origin}): reading Slug failed: {e.Message}", e);
        }

        return Names.IsDnsLabel(slug)
            ? slug
            : throw new ProfileException($"profile class {profile.GetType().FullName} ({origin}): slug '{slug}' must be a DNS-1123 label (lower-case letters, digits and '-', e.g. coder-gpu)");
    }

    private static string Describe(ProfileRegistration r) => Describe(r.Profile, r.Origin);

    private static string Describe(Profile profile, string origin) => $"{profile.GetType().FullName} ({origin})";

    private sealed class OriginScope(ProfileRegistry registry, string origin) : IProfileRegistry
    {
        public void Add(Profile profile) => registry.Add(profile, origin);
    }
}
