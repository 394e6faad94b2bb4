using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Catalog;

/// <summary>
/// Every profile of a run: the registered ones (built-ins, plugins) and those the values files define, with what the
/// values files say about each: their entries (as layers), their ordered includes, what data profiles extend, and
/// the <c>global:</c> layers. Built once per run by <see cref="CatalogBuilder"/>; read-only afterwards.
/// </summary>
internal sealed class ProfileCatalog
{
    // Null without values files, which is most runs.
    private readonly Dictionary<string, List<EntryLayer>>? entries;
    private readonly Dictionary<string, IReadOnlyList<ProfileReference>>? includes;
    private readonly Dictionary<string, ProfileReference>? extends;

    internal ProfileCatalog(
        ProfileRegistry registry,
        IReadOnlyList<EntryLayer> globals,
        Dictionary<string, List<EntryLayer>>? entries,
        Dictionary<string, IReadOnlyList<ProfileReference>>? includes,
        Dictionary<string, ProfileReference>? extends)
    {
        Registry = registry;
        Declarations = new DeclarationCache(registry);
        Globals = globals;
        this.entries = entries;
        this.includes = includes;
        this.extends = extends;
        var concrete = new List<ProfileRegistration>(registry.All.Count);
        foreach (var registration in registry.All)
        {
            if (!IsAbstract(registration))
            {
                concrete.Add(registration);
            }
        }

        Concrete = concrete;
    }

    /// <summary>A catalogue of registered profiles alone, without values files.</summary>
    public static ProfileCatalog Of(ProfileRegistry registry) => new(registry, [], null, null, null);

    /// <summary>False when no values file says anything: every ladder is then the command line, the class and the defaults.</summary>
    public bool HasValues => entries is not null;

    public ProfileRegistry Registry { get; }

    /// <summary>The settings each profile declares, asked once per profile per run.</summary>
    internal DeclarationCache Declarations { get; }

    /// <summary>The profiles that may be selected, listed and emitted (mixins left out), in registration order.</summary>
    public IReadOnlyList<ProfileRegistration> Concrete { get; }

    /// <summary>The <c>global:</c> entries, first file first.</summary>
    public IReadOnlyList<EntryLayer> Globals { get; }

    public static bool IsAbstract(ProfileRegistration registration) => registration.Profile is DataProfile { IsAbstract: true };

    /// <summary>The profile's entries in the values files, first file first.</summary>
    public IReadOnlyList<EntryLayer> EntriesOf(string slug) => entries is not null && entries.TryGetValue(slug, out var list) ? list : [];

    /// <summary>The profiles it includes, in order (the last values file that lists them decides the list).</summary>
    public IReadOnlyList<ProfileReference> IncludesOf(string slug) => includes is not null && includes.TryGetValue(slug, out var list) ? list : [];

    /// <summary>What a data profile extends; null for registered profiles and data profiles made of includes only.</summary>
    public ProfileReference? ExtendsOf(string slug) => extends?.GetValueOrDefault(slug);

    /// <summary>The class profile whose hooks run for this profile: itself, or the end of its extends chain; null for none.</summary>
    public static Profile? ClassOf(ProfileRegistration registration) =>
        registration.Profile is DataProfile data ? data.Root : registration.Profile;
}
