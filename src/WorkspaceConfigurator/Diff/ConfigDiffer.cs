using System.Text;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Diff;

/// <summary>
/// Compares two config.yml files profile by profile (matched by slug) and field by field, as <see cref="HubShape"/>
/// says, and weighs every difference with <see cref="ChangeRules"/>. Changes come in the old file's profile order,
/// profiles only the new file has last; within a profile, in the contract's key order.
/// </summary>
internal static class ConfigDiffer
{
    public static DiffReport Compare(HubConfig old, HubConfig current)
    {
        var changes = new List<Change>();
        var currentByKey = new Dictionary<string, HubProfile>(StringComparer.Ordinal);
        foreach (var profile in current.Profiles)
        {
            currentByKey[profile.Key] = profile;
        }

        var oldKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var before in old.Profiles)
        {
            oldKeys.Add(before.Key);
            if (currentByKey.TryGetValue(before.Key, out var after))
            {
                new ProfileWalk(before, after, changes).Run();
            }
            else
            {
                changes.Add(ChangeRules.ProfileRemoved(before));
            }
        }

        foreach (var after in current.Profiles)
        {
            if (!oldKeys.Contains(after.Key))
            {
                changes.Add(ChangeRules.ProfileAdded(after));
            }
        }

        return new DiffReport(changes);
    }

    /// <summary>Absent and null mean the same to the hub (an optional key left out).</summary>
    private static bool Same(HubValue? a, HubValue? b) => Equals(a ?? HubText.Null, b ?? HubText.Null);

    private static bool IsNothing(HubValue? value) => value is null or HubText { Text: null };

    // Where a walk is: the section (top-level key), the named item, the keys below, and the printed path.
    private sealed record Position(string Section, string? Item, IReadOnlyList<string> Keys, string Field, HubMap? OldItem)
    {
        public Position Key(string key)
        {
            var field = new StringBuilder(Field);
            ValuesPath.AppendKey(field, key);
            return this with { Keys = [.. Keys, key], Field = field.ToString() };
        }

        public Position ItemNamed(string name, HubMap? oldItem) => this with { Item = name, Keys = [], Field = $"{Field}[{name}]", OldItem = oldItem };
    }

    private sealed class ProfileWalk(HubProfile old, HubProfile current, List<Change> changes)
    {
        public void Run()
        {
            foreach (var key in OrderedKeys(HubShape.Profile, old.Fields, current.Fields))
            {
                var field = new StringBuilder();
                ValuesPath.AppendKey(field, key);
                Walk(HubShape.Profile.Of(key), old.Fields[key], current.Fields[key], new Position(key, null, [], field.ToString(), null));
            }
        }

        private void Walk(HubShape shape, HubValue? before, HubValue? after, Position at)
        {
            if (Same(before, after))
            {
                return;
            }

            // A map or list written empty, null or not at all means the same; a value of another kind is compared whole.
            if (shape is KeyedShape keyed && (IsNothing(before) || before is HubMap) && (IsNothing(after) || after is HubMap))
            {
                var oldMap = before as HubMap ?? HubMap.Empty;
                var newMap = after as HubMap ?? HubMap.Empty;
                foreach (var key in OrderedKeys(keyed, oldMap, newMap))
                {
                    Walk(keyed.Of(key), oldMap[key], newMap[key], at.Key(key));
                }

                return;
            }

            if (shape is NamedShape named && Items(before) is { } oldItems && Items(after) is { } newItems)
            {
                WalkItems(named, oldItems, newItems, at);
                return;
            }

            Emit(before, after, at);
        }

        private void WalkItems(NamedShape shape, List<(string Name, HubMap Item)> before, List<(string Name, HubMap Item)> after, Position at)
        {
            var afterByName = new Dictionary<string, HubMap>(StringComparer.Ordinal);
            foreach (var (name, item) in after)
            {
                afterByName[name] = item;
            }

            var beforeNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, item) in before)
            {
                beforeNames.Add(name);
                if (afterByName.TryGetValue(name, out var now))
                {
                    Walk(shape.Item, item, now, at.ItemNamed(name, item));
                }
                else
                {
                    Emit(item, null, at.ItemNamed(name, item));
                }
            }

            foreach (var (name, item) in after)
            {
                if (!beforeNames.Contains(name))
                {
                    Emit(null, item, at.ItemNamed(name, null));
                }
            }
        }

        private void Emit(HubValue? before, HubValue? after, Position at)
        {
            if (Same(before, after))
            {
                return;
            }

            var difference = new FieldDifference(at.Section, at.Item, at.Keys, at.Field, before, after, old.Fields, current.Fields, at.OldItem);
            var (kind, reason) = ChangeRules.Classify(difference);
            changes.Add(new Change(old.Key, kind, at.Field, before, after, reason));
        }

        // Items by name, or null when the value is not a list of named mappings (then it is compared whole).
        private static List<(string Name, HubMap Item)>? Items(HubValue? value)
        {
            if (IsNothing(value))
            {
                return [];
            }

            if (value is not HubList list)
            {
                return null;
            }

            var items = new List<(string, HubMap)>(list.Items.Count);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in list.Items)
            {
                if (entry is not HubMap item || item.Text("name") is not { } name || !names.Add(name))
                {
                    return null;
                }

                items.Add((name, item));
            }

            return items;
        }
    }

    // Known keys in the contract's order, then the old file's other keys, then those only the new one has.
    private static List<string> OrderedKeys(KeyedShape shape, HubMap before, HubMap after)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in shape.Known)
        {
            if ((before[key] is not null || after[key] is not null) && seen.Add(key))
            {
                keys.Add(key);
            }
        }

        foreach (var map in new[] { before, after })
        {
            foreach (var entry in map.Entries)
            {
                if (seen.Add(entry.Key))
                {
                    keys.Add(entry.Key);
                }
            }
        }

        return keys;
    }
}
