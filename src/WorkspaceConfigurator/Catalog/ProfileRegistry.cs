using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Catalog;

/// <summary>
/// The profiles of one run, keyed by slug, in registration order. An instance, never global: each run and each
/// test builds its own. Slugs and aliases share one namespace; a clash is an error naming both origins. Plugin code
/// it runs (registrars, a profile's slug and aliases) runs inside a <see cref="PluginCalls"/> call; built-ins do not.
/// </summary>
internal sealed class ProfileRegistry
{
    private readonly List<ProfileRegistration> registrations = [];
    private readonly Dictionary<string, ProfileRegistration> bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProfileRegistration> byAlias = new(StringComparer.Ordinal);

    // The plugin (path) each plugin profile object came from; null while there are none, which is most runs.
    private Dictionary<Profile, string>? plugins;
    private PluginCalls? calls;

    public IReadOnlyList<ProfileRegistration> All => registrations;

    /// <summary>The plugin code running now, for the command line's watchdog, console capture and exit report.</summary>
    internal PluginCalls Calls => calls ??= new PluginCalls();

    /// <summary>The built-in families' registrars, in listing order, before any plugin.</summary>
    public void RegisterBuiltIn(IEnumerable<IProfileRegistrar> registrars)
    {
        foreach (var registrar in registrars)
        {
            Register(registrar, ProfileRegistration.BuiltIn);
        }
    }

    /// <summary>
    /// Runs a registrar, recording <paramref name="origin"/> for each profile it adds. The registry it is handed works
    /// only while <see cref="IProfileRegistrar.Register"/> runs, and only on its thread: a registrar that keeps it and
    /// adds later, or from a thread of its own, gets an error naming it instead of corrupting the catalogue.
    /// </summary>
    public void Register(IProfileRegistrar registrar, string origin)
    {
        var scope = new OriginScope(this, origin, registrar);
        try
        {
            if (origin == ProfileRegistration.BuiltIn)
            {
                registrar.Register(scope);
            }
            else
            {
                RegisterPlugin(registrar, scope, origin);
            }
        }
        finally
        {
            scope.Close();
        }
    }

    // Apart from Register so that the built-in families' start-up path stays as small as it was.
    private void RegisterPlugin(IProfileRegistrar registrar, OriginScope scope, string plugin)
    {
        using var call = Calls.Enter(plugin, null, $"{scope.Registrar}.Register");
        registrar.Register(scope);
    }

    public void Add(Profile profile, string origin)
    {
        if (profile is null)
        {
            throw new ProfileException($"{OriginText(origin)}: registry.Add was given null instead of a profile");
        }

        // A profile defined in a values file is wsconf's own code; its class, if any, was registered before.
        var plugin = origin == ProfileRegistration.BuiltIn || profile is DataProfile ? null : origin;
        var (slug, aliases) = plugin is null ? (ReadSlug(profile, origin), ReadAliases(profile, origin)) : ReadNames(profile, plugin);

        if (Find(slug) is { } existing)
        {
            throw new ProfileException($"duplicate profile slug '{slug}': {Describe(profile, origin)} clashes with {Describe(existing)}");
        }

        var registration = new ProfileRegistration(profile, origin, slug);
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

        if (plugin is not null)
        {
            (plugins ??= new Dictionary<Profile, string>(ReferenceEqualityComparer.Instance))[profile] = plugin;
        }
    }

    /// <summary>
    /// The plugin whose code a profile runs: its own plugin, or for a profile defined in a values file the plugin of
    /// the class it extends. Null for built-in profiles and data profiles without a plugin class.
    /// </summary>
    internal string? PluginOf(Profile profile) =>
        plugins is null ? null
        : profile is DataProfile data ? (data.Root is { } root ? PluginOf(root) : null)
        : plugins.GetValueOrDefault(profile);

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

    // A plugin's profile: its slug and aliases are plugin code, read as a plugin call.
    private (string Slug, IReadOnlyList<string> Aliases) ReadNames(Profile profile, string plugin)
    {
        using var call = Calls.Enter(plugin, null, $"Slug and Aliases of profile class {profile.GetType().FullName}");
        return (ReadSlug(profile, plugin), ReadAliases(profile, plugin));
    }

    private static string ReadSlug(Profile profile, string origin)
    {
        string? slug;
        try
        {
            slug = profile.Slug;
        }
        catch (Exception e)
        {
            throw new ProfileException($"profile class {profile.GetType().FullName} ({origin}): reading Slug failed: {PluginExceptions.Describe(e)}", e);
        }

        if (slug is null)
        {
            throw new ProfileException($"profile class {profile.GetType().FullName} ({origin}): Slug is null; it must be a DNS-1123 label (lower-case letters, digits and '-', e.g. coder-gpu)");
        }

        return Names.IsDnsLabel(slug)
            ? slug
            : throw new ProfileException($"profile class {profile.GetType().FullName} ({origin}): slug '{slug}' must be a DNS-1123 label (lower-case letters, digits and '-', e.g. coder-gpu)");
    }

    private static IReadOnlyList<string> ReadAliases(Profile profile, string origin)
    {
        IReadOnlyList<string>? aliases;
        try
        {
            aliases = profile.Aliases;
        }
        catch (Exception e)
        {
            throw new ProfileException($"profile class {profile.GetType().FullName} ({origin}): reading Aliases failed: {PluginExceptions.Describe(e)}", e);
        }

        if (aliases is null)
        {
            throw new ProfileException($"profile class {profile.GetType().FullName} ({origin}): Aliases is null, which the contract does not allow (an empty list for none)");
        }

        for (var i = 0; i < aliases.Count; i++)
        {
            if (aliases[i] is null)
            {
                throw new ProfileException($"profile class {profile.GetType().FullName} ({origin}): Aliases holds null, which the contract does not allow");
            }
        }

        return aliases;
    }

    private static string OriginText(string origin) => origin == ProfileRegistration.BuiltIn ? origin : $"plugin '{origin}'";

    private static string Describe(ProfileRegistration r) => Describe(r.Profile, r.Origin);

    private static string Describe(Profile profile, string origin) => $"{profile.GetType().FullName} ({origin})";

    // What a registrar sees: open while Register runs, on the thread that runs it.
    private sealed class OriginScope(ProfileRegistry registry, string origin, IProfileRegistrar registrar) : IProfileRegistry
    {
        private readonly int thread = Environment.CurrentManagedThreadId;
        private volatile bool closed;

        public string? Registrar => registrar.GetType().FullName;

        public void Add(Profile profile)
        {
            if (closed)
            {
                throw new ProfileException(
                    $"{OriginText(origin)}: registry.Add({Added(profile)}) came after {Registrar}.Register had returned; add every profile inside Register, and keep no reference to the registry");
            }

            if (Environment.CurrentManagedThreadId != thread)
            {
                throw new ProfileException(
                    $"{OriginText(origin)}: registry.Add({Added(profile)}) came from a thread of its own while {Registrar}.Register ran; add profiles from Register itself");
            }

            registry.Add(profile, origin);
        }

        public void Close() => closed = true;

        private static string Added(Profile? profile) => profile is null ? "null" : $"profile class {profile.GetType().FullName}";
    }
}
