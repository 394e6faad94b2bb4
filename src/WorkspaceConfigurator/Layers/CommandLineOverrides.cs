namespace WorkspaceConfigurator.Layers;

/// <summary>One profile's overrides: as given (for messages), and as its top layer.</summary>
internal sealed class CommandLineOverrides
{
    public Layer Layer { get; } = new();

    public List<CommandLineOverride> Given { get; } = [];
}
