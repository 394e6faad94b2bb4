using WorkspaceConfigurator.Registry;
using WorkspaceConfigurator.Settings;
using WorkspaceConfigurator.Spec;

namespace WorkspaceConfigurator.Pipeline;

/// <summary>A selected profile after settings and hooks: what renderers and <c>describe</c> read.</summary>
public sealed record ResolvedProfile(ProfileRegistration Registration, ResolvedSettings Settings, ProfileSpec Spec);

/// <summary>The outcome of a run: the profiles in selection order and the warnings met on the way.</summary>
public sealed record PipelineResult(IReadOnlyList<ResolvedProfile> Profiles, IReadOnlyList<string> Warnings);
