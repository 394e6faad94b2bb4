namespace WorkspaceConfigurator.Hub;

/// <summary>How KubeSpawner writes user and server names into object names (its <c>slug_scheme</c>).</summary>
internal enum SlugScheme
{
    /// <summary>KubeSpawner 7's default: valid names as they are, others stripped and hashed (<see cref="KubeSpawnerSlugs.SafeSlug(string, int?)"/>).</summary>
    Safe,

    /// <summary>The scheme of KubeSpawner 6 and earlier: characters escaped as '-' and hex (<see cref="KubeSpawnerSlugs.EscapeSlug"/>).</summary>
    Escape,
}
