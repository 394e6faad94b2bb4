using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>The preview once existing objects are taken into account, and what it tells: warnings, then one note per profile on what the spawn keeps and creates.</summary>
internal sealed record SpawnPreview(IReadOnlyList<SpawnObjects> Profiles, IReadOnlyList<Finding> Findings);
