using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>
/// How the values files' changes to one kind of named item (<see cref="ItemKind"/>, read in stage 1) reach a built
/// spec: the spec's items of that kind, and a new or patched item made from the fields a change gives.
/// </summary>
internal abstract class ItemApplier
{
    public abstract ItemKind Kind { get; }

    /// <summary>The names of the profile's items of this kind, in order.</summary>
    public abstract IReadOnlyList<string> NamesIn(ProfileSpec spec);

    /// <summary>The spec's items of this kind with <paramref name="ops"/> applied in order, lowest layer first.</summary>
    internal abstract ProfileSpec Apply(ProfileSpec spec, IReadOnlyList<ItemOp> ops, ResolvedSettings settings);
}
