using WorkspaceConfigurator.Build;

namespace WorkspaceConfigurator.Check;

/// <summary>What the rules across profiles (<see cref="CatalogRules"/>) read of one profile's spec.</summary>
internal sealed record SpecSummary(string Slug, bool Default, ValueList<VolumeSpec> Volumes)
{
    public static SpecSummary Of(ProfileSpec spec) => new(spec.Slug, spec.Default, spec.Volumes);
}
