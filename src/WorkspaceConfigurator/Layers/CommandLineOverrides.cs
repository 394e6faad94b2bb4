namespace WorkspaceConfigurator.Layers;

/// <summary>One profile's overrides: as given (for messages), and as its top layer.</summary>
internal sealed class CommandLineOverrides
{
    public Layer Layer { get; } = new();

    public List<CommandLineOverride> Given { get; } = [];

    /// <summary>Adds one override of this profile: a value, a map entry set or deleted, or a map emptied.</summary>
    public void Add(CommandLineOverride given)
    {
        Given.Add(given);
        var source = new SettingSource(SettingOrigin.Override, given.Given);
        var site = new CommandLineSite(given.Given, given.FieldText);
        switch (given.Action)
        {
            case OverrideAction.Set when given.MapKey is null:
                Layer.Set(ScalarInput.Of(given.Field, given.Value, source, site));
                break;
            case OverrideAction.Set:
                Layer.Add(new MapOp(given.Field, MapOpKind.Set, given.MapKey, ScalarInput.Of(given.FieldText, given.Value, source, site), source, site));
                break;
            case OverrideAction.Delete:
                Layer.Add(new MapOp(given.Field, MapOpKind.Delete, given.MapKey, null, source, site));
                break;
            case OverrideAction.Clear:
                Layer.Add(new MapOp(given.Field, MapOpKind.Clear, null, null, source, site));
                break;
        }
    }
}
