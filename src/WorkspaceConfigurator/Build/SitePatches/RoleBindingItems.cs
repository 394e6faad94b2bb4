using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary><c>role_bindings:</c> a Role with one rule and the RoleBinding that grants it, in the user's namespace.</summary>
internal sealed class RoleBindingItems : ItemKind<RoleBindingSpec>
{
    public override string Name => "role_bindings";

    public override string Noun => "role binding";

    public override IReadOnlyList<ItemField> Fields { get; } =
    [
        new("subjects", ItemFieldType.Subjects, "who is granted the role: [{name, kind: ServiceAccount|User}]") { RequiredForNew = true },
        new("role", ItemFieldType.Role, "the role: {name, resources, verbs, api_groups (default [\"\"], the core API group)}") { RequiredForNew = true },
        new("persist", ItemFieldType.Bool, "kept when the workspace stops (default false)"),
    ];

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
