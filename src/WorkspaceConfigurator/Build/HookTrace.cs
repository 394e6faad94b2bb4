namespace WorkspaceConfigurator.Build;

/// <summary>
/// What a profile's hooks gave, before the layers changed it: their map entries and the spec before the values
/// files' named items. <c>describe --layers</c> shows it as the class rung of maps and items.
/// </summary>
internal sealed class HookTrace
{
    public ValueMap<EnvValue> Env { get; set; } = ValueMap<EnvValue>.Empty;

    public ValueMap<string> NodeSelector { get; set; } = ValueMap<string>.Empty;

    /// <summary>The hook's extended resources with gpu_limit applied.</summary>
    public ValueMap<long> ExtraResourceLimits { get; set; } = ValueMap<long>.Empty;

    /// <summary>The spec as the hooks made it, before named items from values files.</summary>
    public ProfileSpec? FromHooks { get; set; }
}
