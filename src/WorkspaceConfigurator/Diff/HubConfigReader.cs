using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Diff;

/// <summary>
/// Reads a config.yml for comparison, by the values files' YAML rules (one document, no tags, bounded size, depth
/// and aliases). Only what the comparison relies on is checked: a <c>profiles:</c> list of mappings, each with a
/// unique slug (or id); named items with unique names; a list where <see cref="HubShape"/> matches items by name, a
/// mapping where it compares key by key; and a <c>persist</c> or <c>readonly</c> the hub takes for a boolean (the
/// rules weigh a change by it). Anything else is compared as written, so a file the hub would reject can still be
/// compared with its fix. A problem is one line <c>FILE:LINE:COL: path: problem</c>, exit 2.
/// </summary>
internal static class HubConfigReader
{
    private const string Expected = "an Application Hub config.yml: a mapping whose profiles: is a list of profiles, as wsconf dump-config writes";

    /// <summary>What the file is called in messages about its size and documents.</summary>
    private const string FileKind = "a config.yml";

    // The keys of a named item that the hub reads as booleans.
    private static readonly string[] BooleanKeys = ["persist", "readonly"];

    /// <summary>Reads the file at <paramref name="path"/>; a missing or unreadable file is an error at 1:1.</summary>
    public static HubConfig ReadFile(string path, ValuesReadLimits limits) =>
        Read(ValuesYamlReader.ReadFile(path, path, limits with { FileKind = FileKind }), path);

    /// <summary>Reads config.yml text; <paramref name="fileName"/> names it in messages.</summary>
    public static HubConfig ReadText(string text, string fileName, ValuesReadLimits limits) =>
        Read(ValuesYamlReader.Read(text, fileName, limits with { FileKind = FileKind }), fileName);

    public static HubConfig Read(ValuesNode? root, string fileName)
    {
        if (root is null)
        {
            throw new ValuesFileException(new SourceMark(fileName, 1, 1), "", $"the file is empty; expected {Expected}");
        }

        if (root is not ValuesMapping document)
        {
            throw new ValuesFileException(root.Mark, "", $"is {root.KindName}; expected {Expected}");
        }

        if (document.Find("profiles") is not { } entry)
        {
            throw new ValuesFileException(root.Mark, "", $"has no profiles: key; expected {Expected}");
        }

        if (entry.Value is not ValuesSequence list)
        {
            // A values file (-f) also has profiles:, as a mapping: the likeliest mix-up, so it is named.
            var hint = entry.Value is ValuesMapping ? " (a values file has profiles: as a mapping; diff compares config.yml files)" : "";
            throw new ValuesFileException(entry.Value.Mark, "profiles", $"is {entry.Value.KindName}; expected a list of profiles{hint}");
        }

        var profiles = new List<HubProfile>(list.Items.Count);
        var seen = new Dictionary<string, SourceMark>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"profiles[{i}]";
            if (list.Items[i] is not ValuesMapping profile)
            {
                throw new ValuesFileException(list.Items[i].Mark, path, $"is {list.Items[i].KindName}; expected a profile (a mapping with id, groups and definition)");
            }

            var (key, keyNode) = KeyOf(profile, path);
            if (seen.TryGetValue(key, out var first))
            {
                throw new ValuesFileException(keyNode.Mark, path, $"profile '{key}' is given twice (first at line {first.Line}); each slug names one profile");
            }

            seen[key] = keyNode.Mark;
            profiles.Add(new HubProfile(key, ProfileFields(profile, path)));
        }

        return new HubConfig(profiles);
    }

    // The hub tells profiles apart by definition.slug; an id stands in where a hand-written file has no slug.
    private static (string Key, ValuesNode Node) KeyOf(ValuesMapping profile, string path)
    {
        if (profile.Find("definition")?.Value is ValuesMapping definition
            && definition.Find("slug")?.Value is ValuesScalar { IsNull: false, Text.Length: > 0 } slug)
        {
            return (slug.Text, slug);
        }

        if (profile.Find("id")?.Value is ValuesScalar { IsNull: false, Text.Length: > 0 } id)
        {
            return (id.Text, id);
        }

        throw new ValuesFileException(profile.Mark, path, "has no definition.slug (nor an id); every profile needs one to be compared");
    }

    private static HubMap ProfileFields(ValuesMapping profile, string path)
    {
        var entries = new List<HubEntry>(profile.Entries.Count);
        foreach (var entry in profile.Entries)
        {
            var key = entry.Key.Text;
            var shape = HubShape.Profile.Of(key);
            CheckShape(entry.Value, shape, $"{path}.{key}");
            var value = shape is NamedShape && entry.Value is ValuesSequence items
                ? NamedItems(items, $"{path}.{key}", secretData: key == "image_pull_secrets")
                : Convert(entry.Value);
            entries.Add(new HubEntry(key, value));
        }

        return new HubMap(entries.ToValueList());
    }

    private static HubList NamedItems(ValuesSequence items, string path, bool secretData)
    {
        var converted = new List<HubValue>(items.Items.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (items.Items[i] is not ValuesMapping item)
            {
                throw new ValuesFileException(items.Items[i].Mark, itemPath, $"is {items.Items[i].KindName}; expected a mapping with a name");
            }

            if (item.Find("name")?.Value is not ValuesScalar { IsNull: false } name)
            {
                throw new ValuesFileException(item.Mark, itemPath, "has no name; items are matched by name");
            }

            if (seen.TryGetValue(name.Text, out var first))
            {
                throw new ValuesFileException(name.Mark, $"{itemPath}.name", $"'{name.Text}' is given twice (first at line {first}); names are unique in a list");
            }

            seen[name.Text] = name.Mark.Line;
            var entries = new List<HubEntry>(item.Entries.Count);
            foreach (var entry in item.Entries)
            {
                // Credentials are reduced to a digest as they are read: no later step can print them.
                var value = secretData && entry.Key.Text == "data" && entry.Value is ValuesScalar { IsNull: false } data
                    ? HubSecret.Of(data.Text)
                    : Convert(entry.Value);
                if (BooleanKeys.Contains(entry.Key.Text))
                {
                    CheckBoolean(entry.Value, $"{itemPath}.{entry.Key.Text}");
                }

                entries.Add(new HubEntry(entry.Key.Text, value));
            }

            converted.Add(new HubMap(entries.ToValueList()));
        }

        return new HubList(converted.ToValueList());
    }

    // A list where items are matched by name and a mapping where keys are compared one by one: the comparison (and
    // the hub) cannot read anything else there. Null stands for an empty one, as a key left out does.
    private static void CheckShape(ValuesNode node, HubShape shape, string path)
    {
        if (node is ValuesScalar { IsNull: true })
        {
            return;
        }

        switch (shape)
        {
            case NamedShape named when node is ValuesSequence items:
                for (var i = 0; i < items.Items.Count; i++)
                {
                    // An item that is not a mapping is reported by NamedItems, with its index.
                    if (items.Items[i] is ValuesMapping item)
                    {
                        CheckKeys(item, named.Item, $"{path}[{i}]");
                    }
                }

                break;
            case NamedShape:
                throw new ValuesFileException(node.Mark, path, $"is {node.KindName}; expected a list of items with a name");
            case KeyedShape keyed when node is ValuesMapping map:
                CheckKeys(map, keyed, path);
                break;
            case KeyedShape:
                throw new ValuesFileException(node.Mark, path, $"is {node.KindName}; expected a mapping");
        }
    }

    private static void CheckKeys(ValuesMapping map, KeyedShape shape, string path)
    {
        foreach (var entry in map.Entries)
        {
            CheckShape(entry.Value, shape.Of(entry.Key.Text), $"{path}.{entry.Key.Text}");
        }
    }

    // The rules weigh persist: a value the hub would refuse must not be taken for true.
    private static void CheckBoolean(ValuesNode node, string path)
    {
        switch (node)
        {
            case ValuesScalar { IsNull: true }:
                return;
            case ValuesScalar scalar when HubBoolean.Parse(scalar.Text) is not null:
                return;
            case ValuesScalar scalar:
                throw new ValuesFileException(node.Mark, path, $"'{scalar.Text}' is not a boolean; the hub takes {HubBoolean.Accepted}");
            default:
                throw new ValuesFileException(node.Mark, path, $"is {node.KindName}; expected a boolean: {HubBoolean.Accepted}");
        }
    }

    private static HubValue Convert(ValuesNode node) => node switch
    {
        ValuesScalar scalar => scalar.IsNull ? HubText.Null : new HubText(scalar.Text),
        ValuesSequence sequence => new HubList(ValueList.From(sequence.Items, Convert)),
        ValuesMapping mapping => new HubMap(ValueList.From(mapping.Entries, e => new HubEntry(e.Key.Text, Convert(e.Value)))),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
