using WorkspaceConfigurator.Layers.Items;

namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// Gives a values file's node tree its structure: <c>global:</c> and <c>profiles:</c>, each profile's
/// <c>extends</c>/<c>profiles</c>/<c>abstract</c>, and its named items, read and typed here. Settings stay untyped
/// until the catalogue says which profile declares what (<see cref="EntryLayers"/>).
/// </summary>
internal static class ValuesDocumentReader
{
    public const string GlobalKey = "global";
    public const string ProfilesKey = "profiles";
    public const string ExtendsKey = "extends";
    public const string IncludesKey = "profiles";
    public const string AbstractKey = "abstract";

    private static readonly string[] TopKeys = [GlobalKey, ProfilesKey];

    /// <param name="root">The file's node tree (null for an empty file).</param>
    /// <param name="file">The file as the user named it.</param>
    /// <param name="folder">The folder that file names inside the values file are relative to.</param>
    public static ValuesDocument Read(ValuesNode? root, string file, string folder)
    {
        var document = new ValuesDocument(file, folder);
        if (root is null)
        {
            return document;
        }

        var top = new ValuesSite(root.Mark, "");
        var mapping = root as ValuesMapping ?? throw new ValuesFileException(root.Mark, "", $"is {root.KindName}; a values file is a mapping with {GlobalKey}: and {ProfilesKey}:");
        var context = new ItemReadContext(folder);
        var profiles = new List<ProfileEntry>();
        foreach (var entry in mapping.Entries)
        {
            switch (entry.Key.Text)
            {
                case GlobalKey:
                    document.Global = ReadEntry(document, "", entry, GlobalKey, context);
                    break;
                case ProfilesKey:
                    ReadProfiles(document, entry, profiles, context);
                    break;
                default:
                    throw new ValuesFileException(entry.Key.Mark, entry.Key.Text, UnknownKey(entry.Key.Text, "a values file", TopKeys));
            }
        }

        document.Profiles = profiles;
        return document;
    }

    private static void ReadProfiles(ValuesDocument document, ValuesEntry profilesEntry, List<ProfileEntry> profiles, ItemReadContext context)
    {
        if (profilesEntry.Value is ValuesScalar { IsNull: true })
        {
            return;
        }

        var mapping = NodeShapes.Mapping(profilesEntry.Value, new ValuesSite(profilesEntry.Value.Mark, ProfilesKey), "a mapping of profile slugs to their values");
        foreach (var entry in mapping.Entries)
        {
            profiles.Add(ReadEntry(document, entry.Key.Text, entry, $"{ProfilesKey}.{entry.Key.Text}", context));
        }
    }

    private static ProfileEntry ReadEntry(ValuesDocument document, string slug, ValuesEntry entry, string path, ItemReadContext context)
    {
        var profile = new ProfileEntry(document, slug, entry.Key.Mark, path);
        if (entry.Value is ValuesScalar { IsNull: true })
        {
            return profile;
        }

        var site = new ValuesSite(entry.Value.Mark, path);
        var mapping = NodeShapes.Mapping(entry.Value, site, profile.IsGlobal ? "a mapping of settings" : "a mapping of the profile's settings");
        var settings = new List<ValuesEntry>();
        var items = new List<ItemOp>();
        foreach (var field in mapping.Entries)
        {
            var key = field.Key.Text;
            var fieldSite = NodeShapes.Entry(site, field);
            if (key is ExtendsKey or IncludesKey or AbstractKey && profile.IsGlobal)
            {
                throw NodeShapes.Key(site, field).Malformed($"'{key}' belongs to a profile under {ProfilesKey}:, not to {GlobalKey}: (which every profile already inherits)");
            }

            switch (key)
            {
                case ExtendsKey:
                    profile.Extends = new ProfileReference(NodeShapes.Text(field.Value, fieldSite, "the slug of the profile to extend"), field.Value.Mark);
                    break;
                case IncludesKey:
                    profile.Includes = Includes(field.Value, fieldSite);
                    profile.IncludesMark = field.Value.Mark;
                    break;
                case AbstractKey:
                    profile.Abstract = ItemFieldReader.Bool(field.Value, fieldSite);
                    profile.AbstractMark = field.Value.Mark;
                    break;
                default:
                    if (ItemKinds.Find(key) is { } kind)
                    {
                        ReadItems(kind, field.Value, fieldSite, profile, items, context);
                    }
                    else
                    {
                        settings.Add(field);
                    }

                    break;
            }
        }

        profile.Settings = settings;
        profile.Items = items;
        return profile;
    }

    private static List<ProfileReference> Includes(ValuesNode node, ValuesSite site)
    {
        var includes = new List<ProfileReference>();
        var sequence = NodeShapes.Sequence(node, site, "a list of profile slugs (the first listed wins)");
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            includes.Add(new ProfileReference(NodeShapes.Text(item, NodeShapes.Item(site, i, item), "a profile slug"), item.Mark));
        }

        return includes;
    }

    private static void ReadItems(ItemKind kind, ValuesNode node, ValuesSite site, ProfileEntry profile, List<ItemOp> items, ItemReadContext context)
    {
        if (node is ValuesScalar { IsNull: true })
        {
            items.Add(new ItemOp(kind, ItemOpKind.Clear, null, null, Source(profile, node.Mark), site));
            return;
        }

        var mapping = NodeShapes.Mapping(node, site, $"a mapping of {kind.Noun} names to their fields");
        var replace = false;
        var ops = new List<ItemOp>();
        foreach (var entry in mapping.Entries)
        {
            if (NodeShapes.IsPatchDirective(entry, site))
            {
                replace = true;
                continue;
            }

            var name = entry.Key.Text;
            var itemSite = site.Under(name, entry.Key.Mark);
            var source = Source(profile, entry.Key.Mark);
            if (name.Length == 0)
            {
                throw itemSite.Malformed($"a {kind.Noun} needs a name");
            }

            ops.Add(entry.Value is ValuesScalar { IsNull: true }
                ? new ItemOp(kind, ItemOpKind.Delete, name, null, source, itemSite)
                : new ItemOp(kind, ItemOpKind.Upsert, name, ItemPatchReader.Read(kind, entry.Value, itemSite, context), source, itemSite));
        }

        if (replace)
        {
            items.Add(new ItemOp(kind, ItemOpKind.Clear, null, null, Source(profile, mapping.Mark), site));
        }

        items.AddRange(ops);
    }

    /// <summary>Where a value of this entry came from, as <c>describe</c> shows it.</summary>
    internal static SettingSource Source(ProfileEntry profile, SourceMark mark) => profile.IsGlobal
        ? new SettingSource(SettingOrigin.Global, $"global ({mark.FileLine})")
        : new SettingSource(SettingOrigin.Values, mark.FileLine);

    internal static string UnknownKey(string key, string what, IReadOnlyList<string> valid) => ItemFieldReader.UnknownKey(key, what, valid);
}
