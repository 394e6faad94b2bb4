namespace WorkspaceConfigurator.Layers;

internal enum MapOpKind
{
    /// <summary>Set one entry (<c>env: {X: 1}</c>, <c>--override coder:env.X=1</c>).</summary>
    Set,

    /// <summary>Delete one entry (<c>env: {X: null}</c>, <c>--override coder:env.X-</c>).</summary>
    Delete,

    /// <summary>Drop every entry of the layers below (<c>$patch: replace</c>, <c>--override coder:env-</c>).</summary>
    Clear,
}
