using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Engine;

/// <summary>
/// What <see cref="Workspace.Plan"/> gives every command: the selected profiles in order, the findings on their
/// specs (and on the profiles that could not be built), and the warnings met on the way.
/// </summary>
internal sealed class Plan(
    ProfileCatalog catalog, IReadOnlyList<ProfileRegistration> selected, IReadOnlyList<PlannedProfile> profiles, IReadOnlyList<Finding> findings, IReadOnlyList<Finding> warnings)
{
    /// <summary>The profiles asked for, in order, including any that could not be planned (their findings say why).</summary>
    public IReadOnlyList<ProfileRegistration> Selected { get; } = selected;

    public ProfileCatalog Catalog { get; } = catalog;

    public IReadOnlyList<PlannedProfile> Profiles { get; } = profiles;

    public IReadOnlyList<Finding> Findings { get; } = findings;

    /// <summary>Warnings on the command line itself (an override of a profile not selected), printed by every command on stderr.</summary>
    public IReadOnlyList<Finding> Warnings { get; } = warnings;

    public bool HasErrors
    {
        get
        {
            foreach (var finding in Findings)
            {
                if (finding.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The specs of the profiles that were built, in order.</summary>
    public IReadOnlyList<ProfileSpec> Specs
    {
        get
        {
            var specs = new List<ProfileSpec>(Profiles.Count);
            foreach (var profile in Profiles)
            {
                if (profile.Spec is { } spec)
                {
                    specs.Add(spec);
                }
            }

            return specs;
        }
    }
}
