using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Resolve;

/// <summary>
/// Climbs one profile's ladder: for each setting the highest rung that sets it wins (a class rung only for what the
/// class or its family sets itself, so that <c>global:</c> reaches what they leave at the base default). Map
/// settings and named items are not single values: every layer's changes are kept, lowest first, on either side of
/// the rung where the class's hooks sit. Values are typed by this profile's declarations.
/// </summary>
internal static class LadderResolver
{
    public static ResolvedSettings Resolve(
        ProfileRegistration registration,
        IReadOnlyList<SettingDeclaration> declarations,
        Ladder ladder,
        DeclarationCache cache,
        IReadOnlyList<CommandLineOverride> overrides)
    {
        var slug = registration.Slug;
        CheckOverrides(slug, declarations, overrides);
        var rungs = ladder.Rungs;
        var root = ladder.RootIndex;
        var settings = new List<ResolvedSetting>(declarations.Count);
        var missing = new List<SettingDeclaration>();
        var changes = new LayeredChanges();
        foreach (var declaration in declarations)
        {
            if (declaration.Key.IsMap)
            {
                CollectMapChanges(declaration.Key, rungs, root, changes);
                settings.Add(new ResolvedSetting(declaration.Key, null, declaration.SourceOf));
                continue;
            }

            var winner = Climb(declaration, ladder, cache, slug);
            if (winner is null)
            {
                if (declaration.Required)
                {
                    missing.Add(declaration);
                }

                settings.Add(new ResolvedSetting(declaration.Key, null, declaration.SourceOf));
                continue;
            }

            settings.Add(winner);
        }

        CollectItemChanges(rungs, changes);
        return new ResolvedSettings(slug, settings, changes, missing);
    }

    // The winning value of one setting, checked against its constraints; null when no rung sets it.
    private static ResolvedSetting? Climb(SettingDeclaration declaration, Ladder ladder, DeclarationCache cache, string slug)
    {
        var key = declaration.Key;
        foreach (var candidate in RungValue.Of(declaration, ladder, cache, exact: false, slug))
        {
            if (candidate.Input is { } input)
            {
                var value = input.Parse(key);
                if (value is null && declaration.Required)
                {
                    // Named where it was written: reported as missing, the null would send the user to set what they set.
                    throw input.Site.Malformed($"cannot be null: {key.Name} is required ({key.TypeName}); give it a value");
                }

                if (value is null && !key.IsOptional)
                {
                    throw input.Site.Malformed($"cannot be null: {key.Name} always has a value ({key.TypeName}); leave it out to inherit one");
                }

                if (ConstraintCheck.Problem(declaration, value, slug) is { } problem)
                {
                    throw input.Site.Malformed(problem);
                }

                // Where the value came from is read only by describe: spelled out when asked.
                var rung = (LayerRung)candidate.Rung;
                return new ResolvedSetting(key, value, () => rung.Through(input.Source));
            }

            var declared = candidate.Declared!;
            return ConstraintCheck.Problem(declaration, declared.Default, slug) is { } broken
                ? throw new ProfileBuildException(slug, $"{key.Name}: its default {key.FormatValue(declared.Default)} breaks its own constraint: {broken}")
                : new ResolvedSetting(key, declared.Default, declared.SourceOf);
        }

        return null;
    }

    // Lowest rung first, so that the changes apply in ladder order; a rung below the root class goes under the hooks.
    private static void CollectMapChanges(SettingKey key, IReadOnlyList<Rung> rungs, int root, LayeredChanges changes)
    {
        for (var i = rungs.Count - 1; i >= 0; i--)
        {
            if (rungs[i] is not LayerRung rung)
            {
                continue;
            }

            foreach (var op in rung.Layer.MapOps(key.Name))
            {
                var source = rung.Through(op.Source);
                var value = op.Kind == MapOpKind.Set ? op.Value!.Parse(key) : null;
                changes.Add(key.Name, new MapChange(op.Kind, op.Key, value, source), below: root >= 0 && i > root);
            }
        }
    }

    // Named items patch what the hooks built, whatever the rung: lowest rung first.
    private static void CollectItemChanges(IReadOnlyList<Rung> rungs, LayeredChanges changes)
    {
        for (var i = rungs.Count - 1; i >= 0; i--)
        {
            if (rungs[i] is not LayerRung { Layer.HasItems: true } rung)
            {
                continue;
            }

            foreach (var op in rung.Layer.AllItemOps())
            {
                var source = rung.Through(op.Source);
                changes.Add(op with { Source = source, Inherited = rung.IsInherited });
            }
        }
    }

    private static void CheckOverrides(string slug, IReadOnlyList<SettingDeclaration> declarations, IReadOnlyList<CommandLineOverride> overrides)
    {
        foreach (var given in overrides)
        {
            var key = DeclarationCache.KeyIn(declarations, given.Field);
            if (key is null || (!key.IsMap && given.MapKey is not null))
            {
                throw new UsageException($"{given.Given}: unknown field '{given.FieldText}' for profile '{slug}' (valid: {string.Join(", ", DeclarationCache.FieldNames(declarations))})");
            }

            if (key.IsMap && given.MapKey is null && given.Action != OverrideAction.Clear)
            {
                throw new UsageException($"{given.Given}: '{key.Name}' is a map; give one entry as {key.Name}.KEY=VALUE (or {key.Name}.KEY- to delete one, {key.Name}- to empty it)");
            }

            if (!key.IsMap && given.Action != OverrideAction.Set)
            {
                throw new UsageException($"{given.Given}: '{key.Name}' is not a map, so it cannot be deleted with '-' (to unset an optional setting give it an empty value: {key.Name}=)");
            }

            if (given.MapKey is { } mapKey && key.CheckEntryKey(mapKey) is { } problem)
            {
                throw new UsageException($"{given.Given}: {key.Name}: {problem}");
            }
        }
    }
}
