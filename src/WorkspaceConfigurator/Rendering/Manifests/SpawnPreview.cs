namespace WorkspaceConfigurator.Rendering.Manifests;

/// <summary>The preview once existing objects are taken into account, and the lines that say what the spawn does.</summary>
internal sealed record SpawnPreview(IReadOnlyList<SpawnObjects> Profiles, IReadOnlyList<string> Notes, IReadOnlyList<string> Warnings);
