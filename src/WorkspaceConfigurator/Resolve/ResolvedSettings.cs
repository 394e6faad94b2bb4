namespace WorkspaceConfigurator.Resolve;

/// <summary>
/// The settings of one profile after every layer, in declaration order. Hooks read their values from here, never
/// from the class's properties, so that every override takes effect. Map settings are not single values: the
/// layers' changes to them are kept in order, on either side of the hooks' own entries, and merged when the spec is built.
/// </summary>
internal sealed class ResolvedSettings
{
    private readonly string slug;
    private readonly Dictionary<string, ResolvedSetting> byName;

    internal ResolvedSettings(string slug, IReadOnlyList<ResolvedSetting> settings, LayeredChanges changes, IReadOnlyList<SettingDeclaration> missing)
    {
        this.slug = slug;
        All = settings;
        Changes = changes;
        Missing = missing;
        byName = new Dictionary<string, ResolvedSetting>(settings.Count, StringComparer.Ordinal);
        foreach (var setting in settings)
        {
            byName.Add(setting.Key.Name, setting);
        }
    }

    /// <summary>Every setting in declaration order (core settings first, then family and profile ones).</summary>
    public IReadOnlyList<ResolvedSetting> All { get; }

    /// <summary>Required settings that no layer sets: the profile cannot be built until one does.</summary>
    public IReadOnlyList<SettingDeclaration> Missing { get; }

    internal LayeredChanges Changes { get; }

    public T Get<T>(SettingKey<T> key) => (T)Value(key)!;

    /// <summary>The value untyped (null when unset); for callers that show values rather than use them.</summary>
    public object? Value(SettingKey key) => Find(key).Value;

    /// <summary>The entries the layers give a map setting, as they end up (deleted ones left out), with their sources.</summary>
    public IReadOnlyList<ResolvedMapEntry> MapEntries(SettingKey key)
    {
        Find(key);
        var fold = new MapFold<object>();
        fold.ApplyAll(Changes.MapBelow(key.Name));
        fold.ApplyAll(Changes.MapAbove(key.Name));
        var entries = new List<ResolvedMapEntry>();
        foreach (var entry in fold.Entries())
        {
            entries.Add(new ResolvedMapEntry(entry.Key, entry.Value, entry.Source!));
        }

        return entries;
    }

    private ResolvedSetting Find(SettingKey key) =>
        byName.TryGetValue(key.Name, out var setting)
            ? setting
            : throw new ProfileException($"profile '{slug}' reads setting '{key.Name}' but does not declare it (declare it in Declare: settings.Set or settings.Require)");
}
