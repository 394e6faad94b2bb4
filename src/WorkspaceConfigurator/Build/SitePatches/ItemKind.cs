using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>
/// One kind of named item a values file may add, patch or remove on a profile's spec (config maps, volumes, ...):
/// its key in the values file, its fields, and how an item is created or patched from the fields given.
/// </summary>
internal abstract class ItemKind
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

    /// <summary>The spec's items of this kind with <paramref name="ops"/> applied in order, lowest layer first.</summary>
    internal abstract ProfileSpec Apply(ProfileSpec spec, IReadOnlyList<ItemOp> ops, ResolvedSettings settings);

    /// <summary>Why a key that is no field is refused, when there is more to say than "unknown".</summary>
    internal virtual string? Refusal(string key) => null;

    internal ItemField? Find(string name)
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

    internal string FieldList() => string.Join(", ", Fields.Select(f => f.Name));
}
