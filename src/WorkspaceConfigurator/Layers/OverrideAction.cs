namespace WorkspaceConfigurator.Layers;

internal enum OverrideAction
{
    /// <summary><c>SLUG:FIELD=VALUE</c>, <c>SLUG:MAP.KEY=VALUE</c>.</summary>
    Set,

    /// <summary><c>SLUG:MAP.KEY-</c>: delete one map entry.</summary>
    Delete,

    /// <summary><c>SLUG:MAP-</c>: empty the map.</summary>
    Clear,
}
