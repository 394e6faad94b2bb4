using WorkspaceConfigurator.Registry;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Pipeline;

/// <summary>A selected profile after settings and hooks: what renderers and <c>describe</c> read.</summary>
public sealed record ResolvedProfile(ProfileRegistration Registration, ResolvedSettings Settings, ProfileSpec Spec);

/// <summary>
/// The outcome of a run: the profiles built, in selection order, the warnings met on the way, and (when asked to
/// go on after a failure) the profiles that could not be built.
/// </summary>
public sealed record PipelineResult(IReadOnlyList<ResolvedProfile> Profiles, IReadOnlyList<string> Warnings, IReadOnlyList<BuildFailure> Failures);

/// <summary>A selected profile whose settings or hooks failed (a missing asset, a hook that threw), and why.</summary>
public sealed record BuildFailure(ProfileRegistration Registration, string Message);
