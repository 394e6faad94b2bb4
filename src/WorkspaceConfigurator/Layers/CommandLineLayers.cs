namespace WorkspaceConfigurator.Layers;

/// <summary>The two command-line rungs of every ladder: per-profile overrides above global options.</summary>
internal sealed class CommandLineLayers(IReadOnlyList<CommandLineSetting> global, IReadOnlyList<CommandLineOverride> overrides)
{
    public static CommandLineLayers None { get; } = new([], []);

    public IReadOnlyList<CommandLineSetting> Global { get; } = global;

    public IReadOnlyList<CommandLineOverride> Overrides { get; } = overrides;

    /// <summary>The global options as one layer; null when there are none.</summary>
    internal Layer? GlobalLayer()
    {
        if (Global.Count == 0)
        {
            return null;
        }

        var layer = new Layer();
        foreach (var setting in Global)
        {
            var source = new SettingSource(SettingOrigin.Option, setting.Given);
            layer.Set(ScalarInput.Of(setting.Field, setting.Value, source, new CommandLineSite(setting.Given, setting.Field)));
        }

        return layer;
    }
}
