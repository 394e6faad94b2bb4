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
        byName = new Dictionary<string, ResolvedSetting>(settings.Count, StringComparer.Ordinal);
        foreach (var setting in settings)
        {
            byName.Add(setting.Key.Name, setting);
        }

        this.mapEntries = mapEntries;
    }

    /// <summary>Every setting in declaration order (core settings first, then family and profile ones).</summary>
    public IReadOnlyList<ResolvedSetting> All { get; }

    public T Get<T>(SettingKey<T> key) => (T)Value(key)!;

    // Non-generic, so that the build step reads value-type settings (int?, Memory?) without a generic instantiation
    // per type, which would be JIT-compiled at start-up.
    internal object? Value(SettingKey key) => Find(key).Value;

    /// <summary>The entries the command line added to a map setting, in the order given.</summary>
    public ValueMap<TValue> GetMap<TValue>(MapSettingKey<TValue> key)
    {
        Find(key);
        if (!mapEntries.TryGetValue(key.Name, out var entries))
        {
            return ValueMap<TValue>.Empty;
        }

        var map = new ValueMap<TValue>.Builder();
        foreach (var entry in entries)
        {
            map.Add(new(entry.Key, (TValue)entry.Value));
        }

        return map.Build();
    }

    /// <summary>The map entries with their sources, for <c>describe</c>.</summary>
    public IReadOnlyList<ResolvedMapEntry> MapEntries(SettingKey key) => mapEntries.TryGetValue(key.Name, out var entries) ? entries : [];

    private ResolvedSetting Find(SettingKey key) =>
        byName.TryGetValue(key.Name, out var setting)
            ? setting
            : throw new ProfileException($"profile '{slug}' reads setting '{key.Name}' but does not declare it (declare it in DeclareSettings)");
}
