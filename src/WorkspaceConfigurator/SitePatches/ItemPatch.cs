using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.SitePatches;

/// <summary>
/// The fields one values-file entry gives for one named item, already typed (text, flags, sizes, lists, nested
/// patches). Absent fields keep the existing item's value, or the kind's default for a new item.
/// </summary>
public sealed class ItemPatch
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
}
