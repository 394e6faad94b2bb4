using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>
/// <c>env_from_config_maps:</c> and <c>env_from_secrets:</c>: every key of a ConfigMap or Secret becomes an environment
/// variable. The items are names only: <c>NAME: {}</c> (or <c>true</c>) adds one, <c>NAME: null</c> removes it.
/// </summary>
internal sealed class EnvFromItems : ItemKind<string>
{
    private readonly bool secrets;

    private EnvFromItems(bool secrets) => this.secrets = secrets;

    public static EnvFromItems ConfigMaps { get; } = new(secrets: false);

    public static EnvFromItems Secrets { get; } = new(secrets: true);

    public override string Name => secrets ? "env_from_secrets" : "env_from_config_maps";

    public override string Noun => secrets ? "Secret for env" : "ConfigMap for env";

    public override IReadOnlyList<ItemField> Fields => [];

    public override bool IsNameOnly => true;

    internal override IReadOnlyList<string> Items(ProfileSpec spec) => secrets ? spec.EnvFromSecrets : spec.EnvFromConfigMaps;

    internal override ProfileSpec With(ProfileSpec spec, IReadOnlyList<string> items) =>
        secrets ? spec with { EnvFromSecrets = items.ToValueList() } : spec with { EnvFromConfigMaps = items.ToValueList() };

    internal override string NameOf(string item) => item;

    internal override string Create(string name, ItemPatch patch, ResolvedSettings settings) => name;

    internal override string Patch(string existing, ItemPatch patch) => existing;
}
