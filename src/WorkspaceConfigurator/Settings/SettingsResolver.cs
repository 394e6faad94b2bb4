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
        var settings = new List<ResolvedSetting>(declarations.Count);
        foreach (var declaration in declarations)
        {
            settings.Add(new ResolvedSetting(declaration.Key, declaration.Default, declaration.SourceOf));
        }

        var mapEntries = new Dictionary<string, List<ResolvedMapEntry>>(StringComparer.Ordinal);

        // Global options first so that a per-profile override always wins over them.
        foreach (var assignment in GlobalFirst(assignments))
        {
            var index = IndexOf(settings, assignment.Field);
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
    public static string ValidFields(IEnumerable<SettingDeclaration> declarations)
    {
        var fields = new List<string>();
        foreach (var declaration in declarations)
        {
            fields.Add(declaration.Key.IsMap ? declaration.Key.Name + ".KEY" : declaration.Key.Name);
        }

        return string.Join(", ", fields);
    }

    // A stable order: the global assignments, then the per-profile ones, each as given.
    private static List<SettingAssignment> GlobalFirst(IEnumerable<SettingAssignment> assignments)
    {
        var ordered = new List<SettingAssignment>();
        var perProfile = new List<SettingAssignment>();
        foreach (var assignment in assignments)
        {
            (assignment.IsGlobal ? ordered : perProfile).Add(assignment);
        }

        ordered.AddRange(perProfile);
        return ordered;
    }

    private static int IndexOf(List<ResolvedSetting> settings, string field)
    {
        for (var i = 0; i < settings.Count; i++)
        {
            if (settings[i].Key.Name == field)
            {
                return i;
            }
        }

        return -1;
    }

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
