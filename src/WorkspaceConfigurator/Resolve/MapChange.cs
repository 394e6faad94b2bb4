using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Resolve;

/// <summary>One change to a map setting, its value typed for the profile: set an entry, delete one, or drop all below.</summary>
internal sealed record MapChange(MapOpKind Kind, string? Key, object? Value, SettingSource Source);
