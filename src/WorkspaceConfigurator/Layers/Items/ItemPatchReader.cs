using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers.Items;

/// <summary>Reads one named item's fields from a values file, typed by its kind.</summary>
internal static class ItemPatchReader
{
    /// <summary>One item's fields as read from a values file; unknown fields, wrong types and clashing forms are errors at their node.</summary>
    public static ItemPatch Read(ItemKind kind, ValuesNode node, ValuesSite site, ItemReadContext context)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        var sites = new Dictionary<string, InputSite>(StringComparer.Ordinal);
        if (kind.IsNameOnly && node is ValuesScalar { IsNull: false, Text: "true" })
        {
            return new ItemPatch(fields, sites, site);
        }

        var mapping = NodeShapes.Mapping(node, site, kind.IsNameOnly ? "{} (or true) to add it, null to remove it" : $"the fields of a {kind.Noun} ({kind.FieldList()}), or null to remove it");
        foreach (var entry in mapping.Entries)
        {
            var field = kind.Find(entry.Key.Text)
                ?? throw NodeShapes.Key(site, entry).Malformed(kind.Refusal(entry.Key.Text) ?? (kind.IsNameOnly
                    ? $"a {kind.Noun} has no fields (write {{}} or true)"
                    : ItemFieldReader.UnknownKey(entry.Key.Text, $"a {kind.Noun}", [.. kind.Fields.Select(f => f.Name)])));
            var fieldSite = NodeShapes.Entry(site, entry);
            if (sites.ContainsKey(field.Sets))
            {
                throw fieldSite.Malformed($"sets {field.Sets} a second time (give either {field.Sets} or its file form, not both)");
            }

            fields[field.Sets] = field.Read(entry.Value, fieldSite, context);
            sites[field.Sets] = fieldSite;
        }

        return new ItemPatch(fields, sites, site);
    }
}
