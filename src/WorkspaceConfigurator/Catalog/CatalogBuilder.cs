using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Catalog;

/// <summary>
/// Adds what the values files say to the registered profiles: new profiles defined as data (after the plugins, in
/// the order first written), each entry's values typed against the settings its profile declares, and the checks
/// that keep the catalogue sound (unknown or abstract <c>extends</c>, unknown includes, cycles, slugs, aliases).
/// </summary>
internal static class CatalogBuilder
{
    public static ProfileCatalog Build(ProfileRegistry registry, IReadOnlyList<ValuesDocument> documents)
    {
        if (documents.Count == 0)
        {
            return ProfileCatalog.Of(registry);
        }

        var bySlug = new Dictionary<string, List<ProfileEntry>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var document in documents)
        {
            foreach (var entry in document.Profiles)
            {
                if (!bySlug.TryGetValue(entry.Slug, out var list))
                {
                    bySlug[entry.Slug] = list = [];
                    order.Add(entry.Slug);
                }

                list.Add(entry);
            }
        }

        var definitions = new List<DataDefinition>();
        var includes = new Dictionary<string, IReadOnlyList<ProfileReference>>(StringComparer.Ordinal);
        foreach (var slug in order)
        {
            var list = bySlug[slug];
            if (registry.Find(slug) is { } existing)
            {
                CheckPatchOfExisting(existing, slug, list);
            }
            else
            {
                definitions.Add(Define(registry, slug, list));
            }

            if (Last(list, e => e.Includes) is { } given)
            {
                includes[slug] = given;
            }
        }

        var newSlugs = new HashSet<string>(definitions.Select(d => d.Slug), StringComparer.Ordinal);
        var extends = new Dictionary<string, ProfileReference>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (definition.Extends is { } parent)
            {
                extends[definition.Slug] = parent;
            }
        }

        CheckReferences(registry, definitions, includes, extends, newSlugs);
        BySlug(registry, includes, extends);
        CycleCheck.Run(order, includes, extends);
        Register(registry, definitions, extends);

        var declarations = new DeclarationCache(registry);
        var globals = new List<EntryLayer>();
        foreach (var document in documents)
        {
            if (document.Global is { } global)
            {
                globals.Add(new EntryLayer(global, EntryLayers.Read(global, declarations.AnyKey, declarations.AllNames, declarations.IsTypedTwoWays)));
            }
        }

        var entries = new Dictionary<string, List<EntryLayer>>(StringComparer.Ordinal);
        foreach (var slug in order)
        {
            var registration = registry.Find(slug)!;
            var layers = entries[slug] = [];
            foreach (var entry in bySlug[slug])
            {
                layers.Add(new EntryLayer(entry, ReadLayer(entry, registration, declarations)));
            }
        }

        return new ProfileCatalog(registry, globals, entries, includes, extends);
    }

    // A mixin without a class may carry any setting of the catalogue (it is typed again by each profile that includes it).
    private static Layer ReadLayer(ProfileEntry entry, ProfileRegistration registration, DeclarationCache declarations)
    {
        if (ProfileCatalog.IsAbstract(registration) && ProfileCatalog.ClassOf(registration) is null)
        {
            return EntryLayers.Read(entry, declarations.AnyKey, declarations.AllNames, declarations.IsTypedTwoWays);
        }

        var own = declarations.Of(registration);
        return EntryLayers.Read(entry, name => DeclarationCache.KeyIn(own, name), () => DeclarationCache.FieldNames(own));
    }

    private static void CheckPatchOfExisting(ProfileRegistration existing, string slug, List<ProfileEntry> entries)
    {
        if (existing.Slug != slug)
        {
            throw new ValuesFileException(entries[0].Mark, entries[0].Path, $"'{slug}' is an alias of '{existing.Slug}'; values files name profiles by their slug", ExitCodes.Invalid);
        }

        foreach (var entry in entries)
        {
            var mark = entry.Extends?.Mark ?? entry.AbstractMark;
            if (mark is not null)
            {
                var key = entry.Extends is not null ? ValuesDocumentReader.ExtendsKey : ValuesDocumentReader.AbstractKey;
                throw new ValuesFileException(mark, $"{entry.Path}.{key}",
                    $"profile '{slug}' exists already ({existing.Profile.GetType().FullName}, {existing.Origin}); a values file may change its settings and includes, " +
                    "but extends and abstract define a new profile (give it a new slug)", ExitCodes.Invalid);
            }
        }
    }

    private static DataDefinition Define(ProfileRegistry registry, string slug, List<ProfileEntry> entries)
    {
        var first = entries[0];
        var parent = Last(entries, e => e.Extends);
        var includes = Last(entries, e => e.Includes);
        var isAbstract = false;
        foreach (var entry in entries)
        {
            isAbstract = entry.Abstract ?? isAbstract;
        }

        // A mixin may be values alone; a profile that is offered needs something that names it and gives an image.
        if (parent is null && includes is null && !isAbstract)
        {
            var candidates = new List<string>(registry.All.Select(r => r.Slug));
            var close = Suggestions.Closest(slug, candidates, 1).FirstOrDefault();
            throw new ValuesFileException(first.Mark, first.Path, close is null
                ? $"unknown profile '{slug}' (a new profile needs extends: SLUG, or profiles: [SLUG, ...] that bring its name and image; a mixin needs abstract: true)"
                : $"unknown profile '{slug}'; did you mean '{close}'? (a new profile needs extends: SLUG or profiles: [SLUG, ...]; a mixin needs abstract: true)",
                ExitCodes.Invalid);
        }

        if (!Names.IsDnsLabel(slug))
        {
            throw new ValuesFileException(first.Mark, first.Path, $"'{slug}' is not a valid profile slug (a DNS-1123 label: lower-case letters, digits and '-', at most 63, e.g. coder-a100)", ExitCodes.Invalid);
        }

        return new DataDefinition(slug, first, parent, isAbstract);
    }

    private static void CheckReferences(
        ProfileRegistry registry,
        List<DataDefinition> definitions,
        Dictionary<string, IReadOnlyList<ProfileReference>> includes,
        Dictionary<string, ProfileReference> extends,
        HashSet<string> newSlugs)
    {
        var abstractSlugs = new HashSet<string>(definitions.Where(d => d.IsAbstract).Select(d => d.Slug), StringComparer.Ordinal);
        var known = new List<string>(registry.All.Select(r => r.Slug));
        known.AddRange(newSlugs);
        bool Exists(string slug) => newSlugs.Contains(slug) || registry.Find(slug) is not null;

        foreach (var (slug, list) in includes)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!Exists(list[i].Slug))
                {
                    throw new ValuesFileException(list[i].Mark, $"profiles.{slug}.profiles[{i}]", Unknown(list[i].Slug, known, "include"), ExitCodes.Invalid);
                }
            }
        }

        foreach (var (slug, parent) in extends)
        {
            var path = $"profiles.{slug}.extends";
            if (!Exists(parent.Slug))
            {
                throw new ValuesFileException(parent.Mark, path, Unknown(parent.Slug, known, "extend"), ExitCodes.Invalid);
            }

            if (abstractSlugs.Contains(parent.Slug))
            {
                throw new ValuesFileException(parent.Mark, path,
                    $"'{parent.Slug}' is abstract (a mixin); extends needs a concrete profile (include a mixin under profiles: instead)", ExitCodes.Invalid);
            }
        }
    }

    // An alias in extends or profiles: names the profile it stands for: its values entries, which are kept under the
    // slug, and the cycles it may close are those of the slug.
    private static void BySlug(ProfileRegistry registry, Dictionary<string, IReadOnlyList<ProfileReference>> includes, Dictionary<string, ProfileReference> extends)
    {
        ProfileReference Resolved(ProfileReference reference) =>
            registry.Find(reference.Slug) is { } registered && registered.Slug != reference.Slug ? reference with { Slug = registered.Slug } : reference;

        foreach (var slug in includes.Keys.ToList())
        {
            includes[slug] = [.. includes[slug].Select(Resolved)];
        }

        foreach (var slug in extends.Keys.ToList())
        {
            extends[slug] = Resolved(extends[slug]);
        }
    }

    private static string Unknown(string slug, List<string> known, string verb)
    {
        var close = Suggestions.Closest(slug, known, 1).FirstOrDefault();
        return close is null
            ? $"unknown profile '{slug}' (only a registered profile or one defined in a values file can be {(verb == "include" ? "included" : "extended")})"
            : $"unknown profile '{slug}'; did you mean '{close}'?";
    }

    private static void Register(ProfileRegistry registry, List<DataDefinition> definitions, Dictionary<string, ProfileReference> extends)
    {
        foreach (var definition in definitions)
        {
            registry.Add(new DataProfile(definition.Slug, RootOf(registry, definition.Slug, extends), definition.IsAbstract), definition.First.Mark.FileLine);
        }
    }

    // The registered (class) profile at the end of the extends chain; the chain has no cycle by now.
    private static Profile? RootOf(ProfileRegistry registry, string slug, Dictionary<string, ProfileReference> extends)
    {
        var current = slug;
        while (extends.TryGetValue(current, out var parent))
        {
            current = parent.Slug;
        }

        return current != slug && registry.Find(current) is { Profile: not DataProfile } root ? root.Profile : null;
    }

    private static T? Last<T>(List<ProfileEntry> entries, Func<ProfileEntry, T?> pick) where T : class
    {
        T? last = null;
        foreach (var entry in entries)
        {
            last = pick(entry) ?? last;
        }

        return last;
    }

    private sealed record DataDefinition(string Slug, ProfileEntry First, ProfileReference? Extends, bool IsAbstract);
}
