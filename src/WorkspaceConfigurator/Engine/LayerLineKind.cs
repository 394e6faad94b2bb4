namespace WorkspaceConfigurator.Engine;

internal enum LayerLineKind
{
    /// <summary>The value that wins.</summary>
    Winner,

    /// <summary>A value a higher rung shadows.</summary>
    Shadowed,

    /// <summary>A deletion (<c>null</c>, <c>KEY-</c>) or a <c>$patch: replace</c> that drops what is below.</summary>
    Deleted,
}
