namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>The applier of every kind of named item, in the order of <see cref="Layers.Items.ItemKinds.All"/>.</summary>
internal static class ItemAppliers
{
    public static IReadOnlyList<ItemApplier> All { get; } =
    [
        new ConfigMapItems(),
        new VolumeItems(),
        new RoleBindingItems(),
        new ImagePullSecretItems(),
        new InitContainerItems(),
        new ManifestItems(),
        EnvFromItems.ConfigMaps,
        EnvFromItems.Secrets,
        new SecretMountItems(),
    ];
}
