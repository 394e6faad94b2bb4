namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>A reference to another profile in a values file (<c>extends: coder-gpu</c>, an item of <c>profiles:</c>), with where it was written.</summary>
internal sealed record ProfileReference(string Slug, SourceMark Mark);
