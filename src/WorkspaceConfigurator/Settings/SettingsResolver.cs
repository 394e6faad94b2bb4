using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Settings;

/// <summary>
/// Applies assignments (global options, then per-profile overrides, in that order) on top of a profile's declared
/// defaults. Values are parsed by each setting's type; a bad field or value is a usage error naming its source.
/// </summary>
public static class SettingsResolver
{
    public static ResolvedSettings Resolve(string slug, IReadOnlyList<SettingDeclaration> declarations, IEnumerable<SettingAssignment> assignments)
    {
        var settings = declarations.Select(d => new ResolvedSetting(d.Key, d.Default, d.SourceOf)).ToList();
        var mapEntries = new Dictionary<string, List<ResolvedMapEntry>>(StringComparer.Ordinal);

        // Global options first so that a per-profile override always wins over them.
        foreach (var assignment in assignments.OrderBy(a => a.IsGlobal ? 0 : 1))
        {
            var index = settings.FindIndex(s => s.Key.Name == assignment.Field);
            if (index < 0)
            {
                if (assignment.IsGlobal)
                {
                    continue;
                }

                throw new UsageException($"{assignment.Source.Detail}: unknown field '{FieldText(assignment)}' for profile '{slug}' (valid: {ValidFields(declarations)})");
            }

            var key = settings[index].Key;
            if (key.IsMap != (assignment.MapKey is not null))
            {
                throw new UsageException(key.IsMap
                    ? $"{assignment.Source.Detail}: '{key.Name}' is a map; give one entry as {key.Name}.KEY=VALUE"
                    : $"{assignment.Source.Detail}: unknown field '{FieldText(assignment)}' for profile '{slug}' (valid: {ValidFields(declarations)})");
            }

            var value = Parse(key, assignment);
            if (assignment.MapKey is { } mapKey)
            {
                AddEntry(mapEntries, key.Name, new ResolvedMapEntry(mapKey, value, assignment.Source));
            }
            else
            {
                var source = assignment.Source;
                settings[index] = new ResolvedSetting(key, value, () => source);
            }
        }

        return new ResolvedSettings(slug, settings, mapEntries);
    }

    /// <summary>The field names a profile accepts, map settings shown with their dotted form.</summary>
    public static string ValidFields(IEnumerable<SettingDeclaration> declarations) =>
        string.Join(", ", declarations.Select(d => d.Key.IsMap ? d.Key.Name + ".KEY" : d.Key.Name));

    private static object Parse(SettingKey key, SettingAssignment assignment)
    {
        if (assignment.MapKey is { } mapKey && key.CheckEntryKey(mapKey) is { } problem)
        {
            throw new UsageException($"{assignment.Source.Detail}: {key.Name}: {problem}");
        }

        try
        {
            return key.ParseValue(assignment.RawValue);
        }
        catch (FormatException e)
        {
            throw new UsageException($"{assignment.Source.Detail}: {FieldText(assignment)}: {e.Message}");
        }
    }

    private static void AddEntry(Dictionary<string, List<ResolvedMapEntry>> entries, string setting, ResolvedMapEntry entry)
    {
        if (!entries.TryGetValue(setting, out var list))
        {
            entries[setting] = list = [];
        }

        list.RemoveAll(e => e.Key == entry.Key);
        list.Add(entry);
    }

    private static string FieldText(SettingAssignment a) => a.MapKey is null ? a.Field : $"{a.Field}.{a.MapKey}";
}
