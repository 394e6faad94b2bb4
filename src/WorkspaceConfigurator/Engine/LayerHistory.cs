using WorkspaceConfigurator.Build.SitePatches;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Layers;
using WorkspaceConfigurator.Layers.Items;
using WorkspaceConfigurator.Resolve;

namespace WorkspaceConfigurator.Engine;

/// <summary>
/// The whole ladder of one profile, field by field, for <c>describe --layers</c>: for each setting the winning value
/// and every shadowed one below it; for each map entry and named item the changes of every layer, the hooks' own
/// contribution at the class's rung, and deletions. A class's own value shows as the class (or family) that sets it,
/// and wsconf's base default as <c>default</c>.
/// </summary>
internal static class LayerHistory
{
    public static IReadOnlyList<FieldHistory> Of(ProfileCatalog catalog, PlannedProfile profile)
    {
        var histories = new List<FieldHistory>();
        var declarations = catalog.Declarations.Of(profile.Registration);
        foreach (var declaration in declarations)
        {
            if (declaration.Key.IsMap)
            {
                histories.AddRange(MapHistories(declaration.Key, profile));
            }
            else
            {
                histories.Add(new FieldHistory(declaration.Key.Name, Ranked(ScalarLines(declaration, profile, catalog))));
            }
        }

        foreach (var applier in ItemAppliers.All)
        {
            histories.AddRange(ItemHistories(applier, profile));
        }

        return histories;
    }

    private static List<LayerLine> ScalarLines(SettingDeclaration declaration, PlannedProfile profile, ProfileCatalog catalog)
    {
        var key = declaration.Key;
        var lines = new List<LayerLine>();
        foreach (var value in RungValue.Of(declaration, profile.Ladder, catalog.Declarations, exact: true, profile.Slug))
        {
            lines.Add(value.Input is { } input
                ? new LayerLine(Shown(key, input), ((LayerRung)value.Rung).Through(input.Source).ToString(), LayerLineKind.Shadowed)
                : new LayerLine(key.FormatValue(value.Declared!.Default), value.Rung is BaseRung ? "default" : value.Declared.Source.ToString(), LayerLineKind.Shadowed));
        }

        return lines;
    }

    // A shadowed value need not fit this profile (a global: value typed another way by another class): it is shown
    // as written, with why; the winning value fits, or the profile would not have built.
    private static string Shown(SettingKey key, ScalarInput input) =>
        input.IsUnset ? "(none)"
        : input.TryParse(key, out var value, out var problem) ? key.FormatValue(value)
        : $"{input.Written} (does not fit: {problem})";

    private static IEnumerable<FieldHistory> MapHistories(SettingKey key, PlannedProfile profile)
    {
        var changes = profile.Settings.Changes;
        var fromHooks = HookMap(key, profile);
        // gpu_limit owns nvidia.com/gpu at the class's rung, wherever gpu_limit itself was set.
        var hooksOrigin = key == CoreSettings.ExtraResourceLimits ? $"hooks of {ClassName(profile)} and gpu_limit" : $"hooks of {ClassName(profile)}";
        var keys = new List<string>();
        var perKey = new Dictionary<string, List<LayerLine>>(StringComparer.Ordinal);
        void Add(string entryKey, LayerLine line)
        {
            if (!perKey.TryGetValue(entryKey, out var list))
            {
                perKey[entryKey] = list = [];
                keys.Add(entryKey);
            }

            list.Add(line);
        }

        // Highest first: the changes above the class (last applied first), the hooks, the changes below. A clear names
        // the keys it dropped: those present just before it, in the order the changes apply (lowest first).
        var below = changes.MapBelow(key.Name);
        var above = changes.MapAbove(key.Name);
        void AddChanges(IReadOnlyList<MapChange> list, bool isAbove)
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                var change = list[i];
                switch (change.Kind)
                {
                    case MapOpKind.Set:
                        Add(change.Key!, new LayerLine(key.FormatValue(change.Value), change.Source.ToString(), LayerLineKind.Shadowed));
                        break;
                    case MapOpKind.Delete:
                        Add(change.Key!, new LayerLine("(deleted)", change.Source.ToString(), LayerLineKind.Deleted));
                        break;
                    case MapOpKind.Clear:
                        var before = new MapFold<string>();
                        ApplyKeys(before, isAbove ? below : list, isAbove ? below.Count : i);
                        if (isAbove)
                        {
                            before.SetAll(fromHooks.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));
                            ApplyKeys(before, list, i);
                        }

                        foreach (var dropped in before.Entries())
                        {
                            Add(dropped.Key, new LayerLine("(dropped: replaced as a whole)", change.Source.ToString(), LayerLineKind.Deleted));
                        }

                        break;
                }
            }
        }

        AddChanges(above, isAbove: true);
        foreach (var (entryKey, value) in fromHooks)
        {
            Add(entryKey, new LayerLine(value, hooksOrigin, LayerLineKind.Shadowed));
        }

        AddChanges(below, isAbove: false);
        foreach (var entryKey in keys)
        {
            yield return new FieldHistory($"{key.Name}.{entryKey}", Ranked(perKey[entryKey]));
        }
    }

    private static IEnumerable<FieldHistory> ItemHistories(ItemApplier applier, PlannedProfile profile)
    {
        var changes = profile.Settings.Changes;
        var names = new List<string>();
        var perName = new Dictionary<string, List<LayerLine>>(StringComparer.Ordinal);
        void Add(string name, LayerLine line)
        {
            if (!perName.TryGetValue(name, out var list))
            {
                perName[name] = list = [];
                names.Add(name);
            }

            list.Add(line);
        }

        var fromHooks = profile.Hooks?.FromHooks is { } spec ? applier.NamesIn(spec) : [];
        var ops = changes.Items(applier.Kind);
        void AddOps()
        {
            for (var i = ops.Count - 1; i >= 0; i--)
            {
                var op = ops[i];
                switch (op.Op)
                {
                    case ItemOpKind.Upsert:
                        var fields = op.Patch!.FieldNames.ToList();
                        Add(op.Name!, new LayerLine(fields.Count == 0 ? "(added)" : $"sets {string.Join(", ", fields)}", op.Source.ToString(), LayerLineKind.Shadowed));
                        break;
                    case ItemOpKind.Delete:
                        Add(op.Name!, new LayerLine("(removed)", op.Source.ToString(), LayerLineKind.Deleted));
                        break;
                    case ItemOpKind.Clear:
                        foreach (var name in fromHooks.Concat(ops.Take(i).Select(o => o.Name).OfType<string>()).Distinct())
                        {
                            Add(name, new LayerLine("(dropped: replaced as a whole)", op.Source.ToString(), LayerLineKind.Deleted));
                        }

                        break;
                }
            }
        }

        // Highest first: the layers' changes (last applied first), then what the hooks made.
        AddOps();
        foreach (var name in fromHooks)
        {
            Add(name, new LayerLine("(made by the hooks)", $"hooks of {ClassName(profile)}", LayerLineKind.Shadowed));
        }

        // A patch inherited from another profile (or global:) for an item this profile does not have is left out.
        var final = profile.Spec is { } built ? applier.NamesIn(built) : [];
        foreach (var name in names)
        {
            var lines = perName[name];
            if (profile.Spec is not null && !final.Contains(name) && lines[0].Kind != LayerLineKind.Deleted)
            {
                lines.Insert(0, new LayerLine("(left out: no layer makes it here)", "", LayerLineKind.Deleted));
            }

            yield return new FieldHistory($"{applier.Kind.Name}.{name}", Ranked(lines));
        }
    }

    // The first line wins unless it deletes; every other line is shadowed.
    private static List<LayerLine> Ranked(List<LayerLine> lines)
    {
        if (lines.Count > 0 && lines[0].Kind != LayerLineKind.Deleted)
        {
            lines[0] = lines[0] with { Kind = LayerLineKind.Winner };
        }

        return lines;
    }

    private static void ApplyKeys(MapFold<string> fold, IReadOnlyList<MapChange> changes, int count)
    {
        for (var i = 0; i < count; i++)
        {
            fold.Apply(changes[i] with { Value = "" });
        }
    }

    private static IReadOnlyList<(string Key, string Value)> HookMap(SettingKey key, PlannedProfile profile)
    {
        var hooks = profile.Hooks;
        if (hooks is null)
        {
            return [];
        }

        if (key == CoreSettings.Env)
        {
            return [.. hooks.Env.Select(e => (e.Key, e.Value.ToString() ?? ""))];
        }

        if (key == CoreSettings.NodeSelector)
        {
            return [.. hooks.NodeSelector.Select(e => (e.Key, e.Value))];
        }

        return key == CoreSettings.ExtraResourceLimits ? [.. hooks.ExtraResourceLimits.Select(e => (e.Key, key.FormatValue(e.Value)))] : [];
    }

    private static string ClassName(PlannedProfile profile) => ProfileCatalog.ClassOf(profile.Registration)?.GetType().Name ?? "none";

}
