using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>How <see cref="ItemKinds.RoleBindings"/> items are made and patched on a spec.</summary>
internal sealed class RoleBindingItems : ItemApplier<RoleBindingSpec>
{
    public override ItemKind Kind => ItemKinds.RoleBindings;

    internal override IReadOnlyList<RoleBindingSpec> Items(ProfileSpec spec) => spec.RoleBindings;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<RoleBindingSpec> items) => spec with { RoleBindings = items.ToValueList() };

    internal override string NameOf(RoleBindingSpec item) => item.Name;

    internal override RoleBindingSpec Create(string name, ItemPatch patch, ResolvedSettings settings) => new()
    {
        Name = name,
        Subjects = patch.Get("subjects", ValueList<SubjectSpec>.Empty),
        Role = patch.Get<RolePatch?>("role", null)!.ApplyTo(null),
        Persist = patch.Get("persist", false),
    };

    internal override RoleBindingSpec Patch(RoleBindingSpec existing, ItemPatch patch) => existing with
    {
        Subjects = patch.Get("subjects", existing.Subjects),
        Role = patch.Get<RolePatch?>("role", null)?.ApplyTo(existing.Role) ?? existing.Role,
        Persist = patch.Get("persist", existing.Persist),
    };

    private protected override IEnumerable<string> MoreMissing(ItemPatch patch) =>
        patch.Get<RolePatch?>("role", null) is { } role ? role.Missing().Select(field => $"role.{field}") : [];
}
