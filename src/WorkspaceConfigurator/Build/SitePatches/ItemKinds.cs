namespace WorkspaceConfigurator.Build.SitePatches;

/// <summary>Every kind of named item a values file may patch, in config.yml's order.</summary>
internal static class ItemKinds
{
    public static IReadOnlyList<ItemKind> All { get; } =
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

    public static ItemKind? Find(string name)
    {
        foreach (var kind in All)
        {
            if (kind.Name == name)
            {
                return kind;
            }
        }

        return null;
    }
}
