namespace WorkspaceConfigurator.Layers.Items;

/// <summary>The fields a role binding's <c>role:</c> gives; absent ones keep the existing role's value.</summary>
internal sealed record RolePatch(string? Name, ValueList<string>? Resources, ValueList<RoleVerb>? Verbs, ValueList<string>? ApiGroups)
{
    /// <summary>The fields a new role must give.</summary>
    public IEnumerable<string> Missing()
    {
        if (Name is null)
        {
            yield return "name";
        }

        if (Resources is null)
        {
            yield return "resources";
        }

        if (Verbs is null)
        {
            yield return "verbs";
        }
    }

    public RoleSpec ApplyTo(RoleSpec? existing) => new()
    {
        Name = Name ?? existing?.Name ?? "",
        ApiGroups = ApiGroups ?? existing?.ApiGroups ?? ValueList.Of(""),
        Resources = Resources ?? existing?.Resources ?? ValueList<string>.Empty,
        Verbs = Verbs ?? existing?.Verbs ?? ValueList<RoleVerb>.Empty,
    };
}
