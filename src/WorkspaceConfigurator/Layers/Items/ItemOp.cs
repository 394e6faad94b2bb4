namespace WorkspaceConfigurator.Layers.Items;

/// <summary>One change a layer makes to a profile's named items (config maps, volumes, ...), applied after the hooks.</summary>
internal sealed record ItemOp(ItemKind Kind, ItemOpKind Op, string? Name, ItemPatch? Patch, SettingSource Source, InputSite Site)
{
    /// <summary>Given by another profile's entry (an include, what it extends) or by global:, not by the profile's own.</summary>
    public bool Inherited { get; init; }
}
