namespace WorkspaceConfigurator.Diff;

/// <summary>
/// How each part of a profile is compared. The hub matches list items by name, so a reordered list is no change
/// and a changed item is reported by its name; maps are compared key by key; everything else (groups, a command,
/// access modes) means something only as a whole.
/// </summary>
internal abstract class HubShape
{
    public static HubShape Whole { get; } = new WholeShape();

    /// <summary>The lists whose items the hub matches (and the cluster names) by <c>name</c>.</summary>
    public static IReadOnlyList<string> NamedLists { get; } =
        ["config_maps", "volumes", "role_bindings", "image_pull_secrets", "init_containers", "manifests", "secret_mounts"];

    /// <summary>A profile of config.yml, its keys in the contract's order.</summary>
    public static KeyedShape Profile { get; } = BuildProfile();

    private static KeyedShape BuildProfile()
    {
        var byKey = new KeyedShape([], Whole);
        var item = new KeyedShape([], Whole);
        var volume = new KeyedShape([("volume_mount", byKey), ("annotations", byKey)], Whole);
        var roleBinding = new KeyedShape([("role", byKey)], Whole);
        var kubeSpawner = new KeyedShape(
        [
            ("cpu_limit", Whole), ("cpu_guarantee", Whole), ("mem_limit", Whole), ("mem_guarantee", Whole), ("image", Whole),
            ("extra_resource_limits", byKey), ("extra_resource_guarantees", byKey),
        ], Whole);
        var definition = new KeyedShape(
            [("display_name", Whole), ("description", Whole), ("slug", Whole), ("default", Whole), ("kubespawner_override", kubeSpawner)], Whole);
        return new KeyedShape(
        [
            ("id", Whole), ("groups", Whole), ("definition", definition), ("node_selector", byKey), ("default_url", Whole),
            ("pod_env_vars", byKey),
            ("config_maps", new NamedShape(item)), ("volumes", new NamedShape(volume)), ("role_bindings", new NamedShape(roleBinding)),
            ("image_pull_secrets", new NamedShape(item)), ("init_containers", new NamedShape(item)), ("manifests", new NamedShape(item)),
            ("env_from_config_maps", Whole), ("env_from_secrets", Whole), ("secret_mounts", new NamedShape(item)),
        ], Whole);
    }

    private sealed class WholeShape : HubShape;
}
