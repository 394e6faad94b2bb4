using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Errors;

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

    /// <summary>The overrides of each profile as one layer per slug (aliases resolved); an unknown slug is a usage error.</summary>
    internal Dictionary<string, CommandLineOverrides> OverrideLayers(ProfileRegistry registry)
    {
        var layers = new Dictionary<string, CommandLineOverrides>(StringComparer.Ordinal);
        foreach (var given in Overrides)
        {
            var registration = registry.Find(given.Slug) ?? throw new UsageException($"{given.Given}: {registry.UnknownMessage(given.Slug)}");
            if (!layers.TryGetValue(registration.Slug, out var entry))
            {
                layers[registration.Slug] = entry = new CommandLineOverrides();
            }

            entry.Given.Add(given);
            var source = new SettingSource(SettingOrigin.Override, given.Given);
            var site = new CommandLineSite(given.Given, given.FieldText);
            switch (given.Action)
            {
                case OverrideAction.Set when given.MapKey is null:
                    entry.Layer.Set(ScalarInput.Of(given.Field, given.Value, source, site));
                    break;
                case OverrideAction.Set:
                    entry.Layer.Add(new MapOp(given.Field, MapOpKind.Set, given.MapKey, ScalarInput.Of(given.FieldText, given.Value, source, site), source, site));
                    break;
                case OverrideAction.Delete:
                    entry.Layer.Add(new MapOp(given.Field, MapOpKind.Delete, given.MapKey, null, source, site));
                    break;
                case OverrideAction.Clear:
                    entry.Layer.Add(new MapOp(given.Field, MapOpKind.Clear, null, null, source, site));
                    break;
            }
        }

        return layers;
    }
}
