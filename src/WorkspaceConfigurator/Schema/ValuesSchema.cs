using System.Text;
using System.Text.Json;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Schema;

/// <summary>
/// A JSON Schema (draft 2020-12) of the values file for one catalogue, so that an editor with the YAML language
/// server checks and completes <c>site.yaml</c>: every setting of every profile with its type, constraints and
/// description, the keys of new data profiles, and the named items. Profiles that declare the same settings share
/// one definition. Deterministic: the same catalogue gives the same bytes.
/// </summary>
internal static class ValuesSchema
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static string Write(ProfileCatalog catalog)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(json, catalog);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void Write(Utf8JsonWriter json, ProfileCatalog catalog)
    {
        var all = AllSettings(catalog);
        var groups = new List<IReadOnlyList<SettingDeclaration>>();
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var profiles = new List<(ProfileRegistration Registration, int Group)>();
        foreach (var registration in catalog.Registry.All)
        {
            var declarations = catalog.Declarations.Of(registration);
            var signature = string.Join(",", declarations.Select(d => d.Key.Name));
            if (!groupOf.TryGetValue(signature, out var group))
            {
                groupOf[signature] = group = groups.Count;
                groups.Add(declarations);
            }

            profiles.Add((registration, group));
        }

        json.WriteStartObject();
        json.WriteString("$schema", Draft);
        json.WriteString("title", "wsconf values file");
        json.WriteString("description", "Site values for wsconf: global: applies to every profile (lowest layer), profiles: sets a profile's values or defines a new one (extends, profiles, abstract).");
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WritePropertyName(ValuesDocumentReader.GlobalKey);
        Ref(json, "global");
        json.WritePropertyName(ValuesDocumentReader.ProfilesKey);
        json.WriteStartObject();
        json.WriteString("description", "Profiles by slug: a known slug sets that profile's values; a new slug defines a profile (extends: SLUG or profiles: [SLUG, ...]).");
        SchemaParts.Types(json, "object", "null");
        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var (registration, group) in profiles)
        {
            json.WritePropertyName(registration.Slug);
            Ref(json, registration.Profile switch
            {
                // A mixin without a class may carry any setting of the catalogue, as a new profile may.
                DataProfile { IsAbstract: true, Root: null } => "new-profile",
                DataProfile => $"data-profile-{group}",
                _ => $"profile-{group}",
            });
        }

        json.WriteEndObject();
        json.WritePropertyName("propertyNames");
        json.WriteStartObject();
        json.WriteString("pattern", "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$");
        json.WriteEndObject();
        json.WritePropertyName("additionalProperties");
        Ref(json, "new-profile");
        json.WriteEndObject();
        json.WriteEndObject();

        json.WritePropertyName("$defs");
        json.WriteStartObject();
        Entry(json, "global", "The lowest layer: fills what no profile layer sets. Settings of profiles that lack them are skipped.", all, []);
        for (var i = 0; i < groups.Count; i++)
        {
            Entry(json, $"profile-{i}", "Values for a registered profile (a layer over its class's values).", groups[i], [Includes]);
            Entry(json, $"data-profile-{i}", "A profile defined in a values file.", groups[i], DataKeys());
        }

        Entry(json, "new-profile", "A new profile defined as data: extends a profile (its whole chain), includes mixins (first listed wins), or is abstract (a mixin).", all, DataKeys());
        foreach (var declaration in all)
        {
            json.WritePropertyName($"setting-{declaration.Key.Name}");
            SettingSchemas.Write(json, declaration);
        }

        foreach (var kind in ItemKinds.All)
        {
            json.WritePropertyName($"items-{kind.Name}");
            ItemSchemas.Write(json, kind);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // One declaration per setting name, the first profile to declare it giving its type.
    private static List<SettingDeclaration> AllSettings(ProfileCatalog catalog)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<SettingDeclaration>();
        foreach (var registration in catalog.Registry.All)
        {
            foreach (var declaration in catalog.Declarations.Of(registration))
            {
                if (seen.Add(declaration.Key.Name))
                {
                    all.Add(declaration);
                }
            }
        }

        return all;
    }

    private static void Entry(Utf8JsonWriter json, string name, string description, IReadOnlyList<SettingDeclaration> settings, List<Action<Utf8JsonWriter>> extra)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WriteString("description", description);
        SchemaParts.Types(json, "object", "null");
        json.WriteBoolean("additionalProperties", false);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var write in extra)
        {
            write(json);
        }

        foreach (var declaration in settings)
        {
            json.WritePropertyName(declaration.Key.Name);
            Ref(json, $"setting-{declaration.Key.Name}");
        }

        foreach (var kind in ItemKinds.All)
        {
            json.WritePropertyName(kind.Name);
            Ref(json, $"items-{kind.Name}");
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static List<Action<Utf8JsonWriter>> DataKeys() =>
    [
        json => SchemaParts.Property(json, ValuesDocumentReader.ExtendsKey,
            "the profile this one is made from: its values, hooks and assets (a built-in, plugin or values-file profile)", "string"),
        Includes,
        json =>
        {
            json.WritePropertyName(ValuesDocumentReader.AbstractKey);
            json.WriteStartObject();
            json.WriteString("description", "a mixin: may be included, never selected, listed or emitted");
            SchemaParts.BoolKeywords(json);
            json.WriteEndObject();
        },
    ];

    private static void Includes(Utf8JsonWriter json)
    {
        json.WritePropertyName(ValuesDocumentReader.IncludesKey);
        json.WriteStartObject();
        json.WriteString("description", "profiles whose values this one takes, in order: the first listed wins; its own values win over all");
        json.WriteString("type", "array");
        json.WritePropertyName("items");
        json.WriteStartObject();
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Ref(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject();
        json.WriteString("$ref", $"#/$defs/{name}");
        json.WriteEndObject();
    }
}
