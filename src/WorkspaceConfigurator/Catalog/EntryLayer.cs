using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Catalog;

/// <summary>One values-file entry of a profile (or <c>global:</c>), with its values as a layer typed for that profile.</summary>
internal sealed record EntryLayer(ProfileEntry Entry, Layer Layer);
