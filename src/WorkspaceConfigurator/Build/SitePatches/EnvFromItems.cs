using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>
/// How <see cref="ItemKinds.EnvFromConfigMaps"/> and <see cref="ItemKinds.EnvFromSecrets"/> items reach a spec: they
/// are names only, so an item is its name and a patch changes nothing.
/// </summary>
internal sealed class EnvFromItems : ItemApplier<string>
{
    private readonly bool secrets;

    private EnvFromItems(bool secrets) => this.secrets = secrets;

    public static EnvFromItems ConfigMaps { get; } = new(secrets: false);

    public static EnvFromItems Secrets { get; } = new(secrets: true);

    public override ItemKind Kind => secrets ? ItemKinds.EnvFromSecrets : ItemKinds.EnvFromConfigMaps;

    internal override IReadOnlyList<string> Items(ProfileSpec spec) => secrets ? spec.EnvFromSecrets : spec.EnvFromConfigMaps;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<string> items) =>
        secrets ? spec with { EnvFromSecrets = items.ToValueList() } : spec with { EnvFromConfigMaps = items.ToValueList() };

    internal override string NameOf(string item) => item;

    internal override string Create(string name, ItemPatch patch, ResolvedSettings settings) => name;

    internal override string Patch(string existing, ItemPatch patch) => existing;
}
