using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Tests.Build;

/// <summary>
/// Resolved settings written by hand for the build step, without a ladder: every setting the profile declares at its
/// declared default unless a test gives another value, and map changes placed above or below the class's hooks as
/// the ladder would place them (above: the profile's own layers and the command line; below: <c>global:</c>).
/// </summary>
internal sealed class ResolvedFor(Profile profile)
{
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);
    private readonly LayeredChanges changes = new();

    private static SettingSource Site => new(SettingOrigin.Values, "site.yaml");

    public ResolvedFor With<T>(SettingKey<T> key, T value)
    {
        values[key.Name] = value;
        return this;
    }

    public ResolvedFor Above<T>(MapSettingKey<T> key, string entry, T value) => Change(key, new MapChange(MapOpKind.Set, entry, value, Site), below: false);

    public ResolvedFor Below<T>(MapSettingKey<T> key, string entry, T value) => Change(key, new MapChange(MapOpKind.Set, entry, value, Site), below: true);

    public ResolvedFor DeleteAbove(SettingKey key, string entry) => Change(key, new MapChange(MapOpKind.Delete, entry, null, Site), below: false);

    public ResolvedFor ReplaceAbove(SettingKey key) => Change(key, new MapChange(MapOpKind.Clear, null, null, Site), below: false);

    public ResolvedSettings Settings()
    {
        var settings = new List<ResolvedSetting>();
        foreach (var declaration in profile.Settings())
        {
            var value = values.TryGetValue(declaration.Key.Name, out var given) ? given : declaration.Default;
            settings.Add(new ResolvedSetting(declaration.Key, value, declaration.SourceOf));
        }

        return new ResolvedSettings(profile.Slug, settings, changes, []);
    }

    private ResolvedFor Change(SettingKey key, MapChange change, bool below)
    {
        changes.Add(key.Name, change, below);
        return this;
    }
}
