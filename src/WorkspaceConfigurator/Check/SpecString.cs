using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// One string of a profile's config.yml: the field that holds it, named by its config.yml path
/// (<c>pod_env_vars.FOO</c>, <c>manifests[0].content[1].data.gateway.yaml</c>), the text, and whether it is inside a
/// manifest, whose content the hub renders twice.
/// </summary>
internal sealed record SpecString(FieldPath Path, string Text, bool InManifest)
{
    /// <summary>The config.yml path, spelled out: only a finding needs it, so it is not built for every string.</summary>
    public string Field => Path.ToString();
}
