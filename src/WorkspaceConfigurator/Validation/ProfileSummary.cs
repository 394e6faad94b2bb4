using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Validation;

/// <summary>What the rules across profiles (<see cref="CatalogRules"/>) read of one profile's spec.</summary>
internal sealed record ProfileSummary(string Slug, bool Default, ValueList<VolumeSpec> Volumes)
{
    public static ProfileSummary Of(ProfileSpec spec) => new(spec.Slug, spec.Default, spec.Volumes);
}
