using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.SitePatches;

/// <summary>
/// One kind of named item a values file may add, patch or remove on a profile's spec (config maps, volumes, ...):
/// its key in the values file, its fields, and how an item is created or patched from the fields given.
/// </summary>
public abstract class ItemKind
{
    /// <summary>The key in a values file and in config.yml, e.g. <c>config_maps</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One item, for messages: "config map".</summary>
    public abstract string Noun { get; }

    public abstract IReadOnlyList<ItemField> Fields { get; }

    /// <summary>Items that are bare names (env_from_*): written <c>NAME: {}</c>; they have no fields.</summary>
    public virtual bool IsNameOnly => false;

    /// <summary>The names of the profile's items of this kind, in order.</summary>
    public abstract IReadOnlyList<string> NamesIn(ProfileSpec spec);

    /// <summary>One item's fields as read from a values file; unknown fields, wrong types and clashing forms are errors at their node.</summary>
    internal ItemPatch ReadPatch(ValuesNode node, ValuesSite site, ItemReadContext context)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        var sites = new Dictionary<string, InputSite>(StringComparer.Ordinal);
        if (IsNameOnly && node is ValuesScalar { IsNull: false, Text: "true" })
        {
            return new ItemPatch(fields, sites, site);
        }

        var mapping = NodeShapes.Mapping(node, site, IsNameOnly ? "{} (or true) to add it, null to remove it" : $"the fields of a {Noun} ({FieldList()}), or null to remove it");
        foreach (var entry in mapping.Entries)
        {
            var field = Find(entry.Key.Text)
                ?? throw NodeShapes.Key(site, entry).Malformed(Refusal(entry.Key.Text) ?? (IsNameOnly
                    ? $"a {Noun} has no fields (write {{}} or true)"
                    : ItemFieldReader.UnknownKey(entry.Key.Text, $"a {Noun}", [.. Fields.Select(f => f.Name)])));
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

    /// <summary>The spec's items of this kind with <paramref name="below"/> under the hooks' items and <paramref name="above"/> over them.</summary>
    internal abstract ProfileSpec Layer(ProfileSpec spec, IReadOnlyList<ItemOp> below, IReadOnlyList<ItemOp> above, ResolvedSettings settings);

    /// <summary>Why a key that is no field is refused, when there is more to say than "unknown".</summary>
    private protected virtual string? Refusal(string key) => null;

    private ItemField? Find(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    private string FieldList() => string.Join(", ", Fields.Select(f => f.Name));
}

/// <summary>An item kind over the spec records of type <typeparamref name="T"/>.</summary>
public abstract class ItemKind<T> : ItemKind where T : class
{
    public override IReadOnlyList<string> NamesIn(ProfileSpec spec) => [.. Items(spec).Select(NameOf)];

    internal abstract IReadOnlyList<T> Items(ProfileSpec spec);

    internal abstract ProfileSpec With(ProfileSpec spec, IReadOnlyList<T> items);

    internal abstract string NameOf(T item);

    /// <summary>A new item from the fields given; the required fields were checked.</summary>
    internal abstract T Create(string name, ItemPatch patch, ResolvedSettings settings);

    /// <summary>An existing item with the fields given replaced.</summary>
    internal abstract T Patch(T existing, ItemPatch patch);

    internal override ProfileSpec Layer(ProfileSpec spec, IReadOnlyList<ItemOp> below, IReadOnlyList<ItemOp> above, ResolvedSettings settings)
    {
        if (below.Count == 0 && above.Count == 0)
        {
            return spec;
        }

        // The layers below the class start the list; the hooks' items then win by name, as every class value wins over global:.
        var items = Fold([], below, settings);
        foreach (var item in Items(spec))
        {
            Put(items, item);
        }

        return With(spec, Fold(items, above, settings));
    }

    private List<T> Fold(List<T> items, IReadOnlyList<ItemOp> ops, ResolvedSettings settings)
    {
        foreach (var op in ops)
        {
            switch (op.Op)
            {
                case ItemOpKind.Clear:
                    items.Clear();
                    break;
                case ItemOpKind.Delete:
                    items.RemoveAll(item => NameOf(item) == op.Name);
                    break;
                case ItemOpKind.Upsert:
                    var at = items.FindIndex(item => NameOf(item) == op.Name);
                    if (at >= 0)
                    {
                        items[at] = Patch(items[at], op.Patch!);
                    }
                    else
                    {
                        CheckComplete(op);
                        items.Add(Create(op.Name!, op.Patch!, settings));
                    }

                    break;
            }
        }

        return items;
    }

    private void Put(List<T> items, T item)
    {
        var at = items.FindIndex(existing => NameOf(existing) == NameOf(item));
        if (at >= 0)
        {
            items[at] = item;
        }
        else
        {
            items.Add(item);
        }
    }

    private void CheckComplete(ItemOp op)
    {
        var missing = Fields.Where(f => f.RequiredForNew && !op.Patch!.Has(f.Sets)).Select(f => f.Name).Distinct().ToList();
        if (missing.Count > 0)
        {
            throw op.Site.Malformed($"new {Noun} '{op.Name}' needs {string.Join(" and ", missing)} (it patches no {Noun} of that name, so it must be complete)");
        }

        MoreChecks(op);
    }

    /// <summary>Checks beyond required fields for a new item (a role's own required fields).</summary>
    private protected virtual void MoreChecks(ItemOp op)
    {
    }
}
