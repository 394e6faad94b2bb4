using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Settings;

/// <summary>One resolved setting: its final value and where that value came from.</summary>
public sealed record ResolvedSetting(SettingKey Key, object? Value, Func<SettingSource> SourceOf)
{
    public SettingSource Source => SourceOf();
}

/// <summary>One entry a command line added to a map setting (env, node_selector, extra_resource_limits).</summary>
public sealed record ResolvedMapEntry(string Key, object Value, SettingSource Source);

/// <summary>
/// The settings of one profile after overrides, in declaration order. Hooks read their values from here, never
/// from the class's properties, so that every override takes effect.
/// </summary>
public sealed class ResolvedSettings
{
    private readonly string slug;
    private readonly Dictionary<string, ResolvedSetting> byName;
    private readonly Dictionary<string, List<ResolvedMapEntry>> mapEntries;

    internal ResolvedSettings(string slug, IReadOnlyList<ResolvedSetting> settings, Dictionary<string, List<ResolvedMapEntry>> mapEntries)
    {
        this.slug = slug;
        All = settings;
        byName = settings.ToDictionary(s => s.Key.Name, StringComparer.Ordinal);
        this.mapEntries = mapEntries;
    }

    /// <summary>Every setting in declaration order (core settings first, then family and profile ones).</summary>
    public IReadOnlyList<ResolvedSetting> All { get; }

    public T Get<T>(SettingKey<T> key) => (T)Find(key).Value!;

    /// <summary>The entries the command line added to a map setting, in the order given.</summary>
    public ValueMap<TValue> GetMap<TValue>(MapSettingKey<TValue> key)
    {
        Find(key);
        return mapEntries.TryGetValue(key.Name, out var entries)
            ? entries.Select(e => new KeyValuePair<string, TValue>(e.Key, (TValue)e.Value)).ToValueMap()
            : ValueMap<TValue>.Empty;
    }

    /// <summary>The map entries with their sources, for <c>describe</c>.</summary>
    public IReadOnlyList<ResolvedMapEntry> MapEntries(SettingKey key) => mapEntries.TryGetValue(key.Name, out var entries) ? entries : [];

    private ResolvedSetting Find(SettingKey key) =>
        byName.TryGetValue(key.Name, out var setting)
            ? setting
            : throw new ProfileException($"profile '{slug}' reads setting '{key.Name}' but does not declare it (declare it in DeclareSettings)");
}
