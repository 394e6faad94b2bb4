using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>How the items of one kind, spec records of type <typeparamref name="T"/>, are made and patched on a spec.</summary>
internal abstract class ItemApplier<T> : ItemApplier where T : class
{
    public override IReadOnlyList<string> NamesIn(ProfileSpec spec) => [.. Items(spec).Select(NameOf)];

    internal abstract IReadOnlyList<T> Items(ProfileSpec spec);

    internal abstract ProfileSpec With(ProfileSpec spec, IReadOnlyList<T> items);

    internal abstract string NameOf(T item);

    /// <summary>A new item from the fields given; the required fields were checked.</summary>
    internal abstract T Create(string name, ItemPatch patch, ResolvedSettings settings);

    /// <summary>An existing item with the fields given replaced.</summary>
    internal abstract T Patch(T existing, ItemPatch patch);

    internal override ProfileSpec Apply(ProfileSpec spec, IReadOnlyList<ItemOp> ops, ResolvedSettings settings)
    {
        if (ops.Count == 0)
        {
            return spec;
        }

        var slots = new List<Slot>();
        foreach (var item in Items(spec))
        {
            slots.Add(new Slot(NameOf(item)) { Item = item });
        }

        Fold(slots, ops, settings);
        var items = new List<T>(slots.Count);
        foreach (var slot in slots)
        {
            if (slot.Item is { } item)
            {
                items.Add(item);
            }
            else if (slot.FirstOwnOp is { } own)
            {
                // The profile's own entry (or the command line) leaves a new item incomplete: say what it lacks.
                throw own.Site.Malformed($"new {Kind.Noun} '{slot.Name}' needs {string.Join(" and ", Missing(slot.Pending!))} (no layer gives it, and it patches no {Kind.Noun} of that name)");
            }

            // A patch that only profiles it was inherited from (or global:) give, for an item this profile lacks, applies where the item exists.
        }

        return With(spec, items);
    }

    /// <summary>The fields a new item still lacks; none for a complete one.</summary>
    internal List<string> Missing(ItemPatch patch)
    {
        var missing = new List<string>();
        foreach (var field in Kind.Fields)
        {
            if (field.RequiredForNew && !patch.Has(field.Sets) && !missing.Contains(field.Name) && !Kind.Fields.Any(f => f.Sets == field.Sets && f.Name != field.Name && missing.Contains(f.Name)))
            {
                missing.Add(field.Name);
            }
        }

        missing.AddRange(MoreMissing(patch));
        return missing;
    }

    /// <summary>What a new item lacks beyond its required fields (a role's own required fields).</summary>
    private protected virtual IEnumerable<string> MoreMissing(ItemPatch patch) => [];

    // Changes apply in order. A new item is made once its fields, from however many layers, are complete; until then
    // its fields are kept, merged field by field.
    private void Fold(List<Slot> slots, IReadOnlyList<ItemOp> ops, ResolvedSettings settings)
    {
        foreach (var op in ops)
        {
            switch (op.Op)
            {
                case ItemOpKind.Clear:
                    slots.Clear();
                    break;
                case ItemOpKind.Delete:
                    slots.RemoveAll(slot => slot.Name == op.Name);
                    break;
                case ItemOpKind.Upsert:
                    var slot = slots.Find(s => s.Name == op.Name);
                    if (slot is null)
                    {
                        slots.Add(slot = new Slot(op.Name!));
                    }

                    if (slot.Item is { } existing)
                    {
                        slot.Item = Patch(existing, op.Patch!);
                        break;
                    }

                    slot.Pending = slot.Pending is null ? op.Patch! : slot.Pending.Then(op.Patch!);
                    slot.FirstOwnOp ??= op.Inherited ? null : op;
                    if (Missing(slot.Pending).Count == 0)
                    {
                        slot.Item = Create(slot.Name, slot.Pending, settings);
                        slot.Pending = null;
                        slot.FirstOwnOp = null;
                    }

                    break;
            }
        }
    }

    /// <summary>An item by name as the changes apply: made, or still gathering the fields of a new one.</summary>
    private sealed class Slot(string name)
    {
        public string Name { get; } = name;

        public T? Item { get; set; }

        public ItemPatch? Pending { get; set; }

        /// <summary>The first change from the profile's own entry or the command line while the item is incomplete.</summary>
        public ItemOp? FirstOwnOp { get; set; }
    }
}
