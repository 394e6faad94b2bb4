namespace WorkspaceConfigurator.Layers.Items;

/// <summary>
/// One kind of named item a values file may add, patch or remove on a profile's spec (config maps, volumes, ...):
/// its key in the values file, its fields and their types. What reading needs only: how the items reach a spec is
/// the build stage's (Build/SitePatches).
/// </summary>
internal sealed class ItemKind
{
    /// <summary>The key in a values file and in config.yml, e.g. <c>config_maps</c>.</summary>
    public required string Name { get; init; }

    /// <summary>One item, for messages: "config map".</summary>
    public required string Noun { get; init; }

    public IReadOnlyList<ItemField> Fields { get; init; } = [];

    /// <summary>Items that are bare names (env_from_*): written <c>NAME: {}</c>; they have no fields.</summary>
    public bool IsNameOnly { get; init; }

    /// <summary>Keys that are no field and why they are refused, when there is more to say than "unknown".</summary>
    public IReadOnlyDictionary<string, string> Refused { get; init; } = new Dictionary<string, string>();

    internal string? Refusal(string key) => Refused.GetValueOrDefault(key);

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
