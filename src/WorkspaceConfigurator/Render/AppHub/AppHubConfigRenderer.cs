using WorkspaceConfigurator.Build;

namespace WorkspaceConfigurator.Render.AppHub;

/// <summary>
/// Renders specs as the Application Hub's config.yml: snake_case keys in the contract's order, CPU as whole
/// numbers, memory in the hub's K/M/G/T form, placeholders kept verbatim. A pure function of its input.
/// </summary>
internal static class AppHubConfigRenderer
{
    public static YamlMapping Render(IEnumerable<ProfileSpec> specs)
    {
        var profiles = new List<YamlMapping>();
        foreach (var spec in specs)
        {
            profiles.Add(RenderProfile(spec));
        }

        return Document(profiles);
    }

    /// <summary>The whole file from profiles rendered already.</summary>
    public static YamlMapping Document(IEnumerable<YamlMapping> profiles) =>
        new YamlMappingBuilder().Add(ProfilesKey, YamlNode.Seq(profiles)).Build();

    internal const string ProfilesKey = "profiles";

    public static YamlMapping RenderProfile(ProfileSpec spec) => new YamlMappingBuilder()
        .Add("id", SpecNames.ProfileId(spec))
        .Add("groups", YamlNode.Strings(spec.Groups))
        .Add("definition", Definition(spec))
        .Add("node_selector", YamlNode.Map(spec.NodeSelector))
        .AddIfNotNull("default_url", spec.DefaultUrl)
        .AddIfNotNull("pod_env_vars", YamlNode.MapOrNull(spec.Env, EnvValueNode))
        .AddIfAny("config_maps", spec.ConfigMaps, AppHubParts.ConfigMap)
        .AddIfAny("volumes", spec.Volumes, AppHubParts.Volume)
        .AddIfAny("role_bindings", spec.RoleBindings, AppHubParts.RoleBinding)
        .AddIfAny("image_pull_secrets", spec.ImagePullSecrets, AppHubParts.ImagePullSecret)
        .AddIfAny("init_containers", spec.InitContainers, AppHubParts.InitContainer)
        .AddIfAny("manifests", spec.Manifests, AppHubParts.Manifest)
        .AddIfAny("env_from_config_maps", spec.EnvFromConfigMaps, YamlNode.Str)
        .AddIfAny("env_from_secrets", spec.EnvFromSecrets, YamlNode.Str)
        .AddIfAny("secret_mounts", spec.SecretMounts, AppHubParts.SecretMount)
        .Build();

    private static YamlMapping Definition(ProfileSpec spec) => new YamlMappingBuilder()
        .Add("display_name", spec.DisplayName)
        .Add("description", spec.Description)
        .Add("slug", spec.Slug)
        .Add("default", spec.Default)
        .Add("kubespawner_override", KubeSpawnerOverride(spec))
        .Build();

    // Only these seven keys reach KubeSpawner; the hub drops anything else.
    private static YamlMapping KubeSpawnerOverride(ProfileSpec spec) => new YamlMappingBuilder()
        .Add("cpu_limit", spec.CpuLimit)
        .AddIfNotNull("cpu_guarantee", spec.CpuGuarantee is { } cpu ? YamlNode.Int(cpu) : null)
        .Add("mem_limit", spec.MemLimit.ToHubString())
        .AddIfNotNull("mem_guarantee", spec.MemGuarantee?.ToHubString())
        .Add("image", spec.Image)
        .AddIfNotNull("extra_resource_limits", YamlNode.MapOrNull(spec.ExtraResourceLimits, YamlNode.Int))
        .AddIfNotNull("extra_resource_guarantees", YamlNode.MapOrNull(spec.ExtraResourceGuarantees, YamlNode.Int))
        .Build();

    private static YamlNode EnvValueNode(EnvValue value) => value switch
    {
        LiteralEnvValue literal => YamlNode.Str(literal.Text),
        ConfigMapKeyEnvValue reference => new YamlMappingBuilder()
            .Add("from_config_map", new YamlMappingBuilder().Add("name", reference.Name).Add("key", reference.Key).Build())
            .Build(),
        _ => throw new InvalidOperationException(value.GetType().Name),
    };
}
