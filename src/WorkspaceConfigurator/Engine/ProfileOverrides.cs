using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Engine;

/// <summary>One profile's overrides: as given (for messages), and as its top layer.</summary>
internal sealed class ProfileOverrides
{
    public Layer Layer { get; } = new();

    public List<ProfileOverride> Given { get; } = [];
}
