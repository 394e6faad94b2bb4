namespace WorkspaceConfigurator.Layers.Items;

/// <summary>
/// The fields one values-file entry gives for one named item, already typed (text, flags, sizes, lists, nested
/// patches). Absent fields keep the existing item's value, or the kind's default for a new item.
/// </summary>
internal sealed class ItemPatch
{
    private readonly Dictionary<string, object?> fields;
    private readonly Dictionary<string, InputSite> sites;

    internal ItemPatch(Dictionary<string, object?> fields, Dictionary<string, InputSite> sites, InputSite site)
    {
        this.fields = fields;
        this.sites = sites;
        Site = site;
    }

    /// <summary>Where the item's entry was written.</summary>
    public InputSite Site { get; }

    public IEnumerable<string> FieldNames => fields.Keys;

    public bool Has(string field) => fields.ContainsKey(field);

    /// <summary>The field's value when given, else <paramref name="fallback"/>.</summary>
    public T Get<T>(string field, T fallback) => fields.TryGetValue(field, out var value) ? (T)value! : fallback;

    public InputSite SiteOf(string field) => sites.TryGetValue(field, out var site) ? site : Site;

    /// <summary>
    /// This patch with <paramref name="later"/>'s fields on top, for an item whose fields come from several layers
    /// before it is complete: nested maps (annotations) and roles merge field by field, everything else is replaced.
    /// </summary>
    public ItemPatch Then(ItemPatch later)
    {
        var merged = new Dictionary<string, object?>(fields, StringComparer.Ordinal);
        var mergedSites = new Dictionary<string, InputSite>(sites, StringComparer.Ordinal);
        foreach (var (field, value) in later.fields)
        {
            merged[field] = (merged.GetValueOrDefault(field), value) switch
            {
                (TextMapEdit earlier, TextMapEdit next) when !next.Replace => new TextMapEdit(earlier.Replace, [.. earlier.Entries, .. next.Entries]),
                (RolePatch earlier, RolePatch next) => new RolePatch(next.Name ?? earlier.Name, next.Resources ?? earlier.Resources, next.Verbs ?? earlier.Verbs, next.ApiGroups ?? earlier.ApiGroups),
                _ => value,
            };
            mergedSites[field] = later.SiteOf(field);
        }

        return new ItemPatch(merged, mergedSites, Site);
    }
}
