namespace WorkspaceConfigurator.Layers.Items;

internal enum ItemOpKind
{
    /// <summary>Add the item, or patch the fields given when an item of that name exists.</summary>
    Upsert,

    /// <summary>Remove the item of that name (<c>name: null</c>), e.g. one a hook made.</summary>
    Delete,

    /// <summary>Drop every item of the layers below (<c>$patch: replace</c>).</summary>
    Clear,
}
