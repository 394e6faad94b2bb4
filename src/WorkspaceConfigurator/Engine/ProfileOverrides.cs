using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Registry;
using WorkspaceConfigurator.Settings;

namespace WorkspaceConfigurator.Engine;

/// <summary>One profile's overrides: as given (for messages), and as its top layer.</summary>
internal sealed class ProfileOverrides
{
    public Layer Layer { get; } = new();

    public List<ProfileOverride> Given { get; } = [];
}
