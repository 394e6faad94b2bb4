using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Registry;
using WorkspaceConfigurator.Settings;

namespace WorkspaceConfigurator.Pipeline;

/// <summary>
/// selection → settings → hooks → spec. Overrides are resolved into settings before any hook runs, so every
/// override takes effect; only selected profiles are built.
/// </summary>
public static class WorkspacePipeline
{
    /// <param name="keepGoing">Record a profile that fails to build and go on with the others (validate), instead of throwing.</param>
    public static PipelineResult Run(ProfileRegistry registry, WorkspaceRequest request, bool keepGoing = false)
    {
        var warnings = new List<string>();
        var selected = Select(registry, request.Profiles);
        var perProfile = GroupAssignments(registry, request.PerProfile, selected, warnings);
        var profiles = new List<ResolvedProfile>();
        var failures = new List<BuildFailure>();
        foreach (var registration in selected)
        {
            var assignments = new List<SettingAssignment>(request.Global);
            if (perProfile.TryGetValue(registration.Slug, out var own))
            {
                assignments.AddRange(own);
            }

            try
            {
                // Bad overrides stay usage errors (UsageException); a profile that cannot declare or build is a failure.
                var settings = SettingsResolver.Resolve(registration.Slug, Declarations(registration), assignments);
                profiles.Add(new ResolvedProfile(registration, settings, registration.Profile.Build(settings)));
            }
            catch (ProfileBuildException e) when (keepGoing)
            {
                failures.Add(new BuildFailure(registration, e.Reason));
            }
            catch (ProfileException e) when (keepGoing)
            {
                failures.Add(new BuildFailure(registration, e.Message));
            }
        }

        return new PipelineResult(profiles, warnings, failures);
    }

    /// <summary>The selected registrations: order kept, repeats (also via aliases) dropped; none named means all.</summary>
    public static IReadOnlyList<ProfileRegistration> Select(ProfileRegistry registry, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return registry.All;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selected = new List<ProfileRegistration>();
        foreach (var name in names)
        {
            var registration = registry.Resolve(name);
            if (seen.Add(registration.Slug))
            {
                selected.Add(registration);
            }
        }

        return selected;
    }

    private static Dictionary<string, List<SettingAssignment>> GroupAssignments(
        ProfileRegistry registry, IReadOnlyList<ProfileAssignment> assignments, IReadOnlyList<ProfileRegistration> selected, List<string> warnings)
    {
        var selectedSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var registration in selected)
        {
            selectedSlugs.Add(registration.Slug);
        }

        var bySlug = new Dictionary<string, List<SettingAssignment>>(StringComparer.Ordinal);
        foreach (var (name, assignment) in assignments)
        {
            var registration = registry.Find(name)
                ?? throw new UsageException($"{assignment.Source.Detail}: {registry.UnknownMessage(name)}");
            if (!selectedSlugs.Contains(registration.Slug))
            {
                warnings.Add($"{assignment.Source.Detail}: profile '{registration.Slug}' is not selected; ignored");
                continue;
            }

            if (!bySlug.TryGetValue(registration.Slug, out var list))
            {
                bySlug[registration.Slug] = list = [];
            }

            list.Add(assignment);
        }

        return bySlug;
    }

    /// <summary>A profile's settings; a profile class that throws here is named with its origin (plugin code may).</summary>
    public static IReadOnlyList<SettingDeclaration> Declarations(ProfileRegistration registration)
    {
        try
        {
            return registration.Profile.Settings();
        }
        catch (WsconfException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new ProfileException($"profile '{registration.Slug}' ({registration.Origin}): reading its settings failed: {e.GetType().Name}: {e.Message}", e);
        }
    }
}
