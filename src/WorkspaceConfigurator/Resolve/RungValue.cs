using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers;

namespace WorkspaceConfigurator.Resolve;

/// <summary>
/// One rung's word on one setting: a layer's input, or a declared value (a class's own, or wsconf's base default)
/// with the declaration that holds it.
/// </summary>
internal sealed record RungValue(Rung Rung, ScalarInput? Input, SettingDeclaration? Declared)
{
    /// <summary>
    /// The values the rungs give a setting, highest first: the precedence rule, in one place. A class rung counts only
    /// for what the class or its family sets itself; wsconf's base default comes last. With <paramref name="exact"/>
    /// false the walk stops at the first value and skips what it need not know: where nothing between the profile's
    /// own class and the base sets the setting, the declared default wins whether the class or the base declared it,
    /// and the costly question of which one did (reflection) is not asked.
    /// </summary>
    public static IEnumerable<RungValue> Of(SettingDeclaration declaration, Ladder ladder, DeclarationCache cache, bool exact, string slug)
    {
        var rungs = ladder.Rungs;
        var name = declaration.Key.Name;
        for (var i = 0; i < rungs.Count; i++)
        {
            switch (rungs[i])
            {
                case LayerRung { Layer: var layer } rung when layer.Scalar(name) is { } input:
                    yield return new RungValue(rung, input, null);
                    break;
                case ClassRung rung:
                    var own = rung.IsRoot ? declaration : DeclarationCache.Find(cache.Of(rung.Registration), name);
                    if (own is null || own.Required)
                    {
                        break;
                    }

                    // Two classes (of two plugins, say) may give one name two types; a default of the other type would
                    // reach the profile's hooks as a value they cannot read.
                    if (!own.Key.ReadsLike(declaration.Key))
                    {
                        throw new ProfileBuildException(slug,
                            $"setting '{name}' is {declaration.Key.TypeName} in {declaration.Source} and {own.Key.TypeName} in {rung.Name}, which its ladder includes; give one of them another name");
                    }

                    if (!exact && rung.IsRoot && !LowerLayerSets(rungs, i, name))
                    {
                        yield return new RungValue(rung, null, own);
                        yield break;
                    }

                    if (own.Source.Origin != SettingOrigin.Base)
                    {
                        yield return new RungValue(rung, null, own);
                    }

                    break;
                case BaseRung rung when BaseDefault(declaration) is { } atBase:
                    yield return new RungValue(rung, null, atBase);
                    break;
            }
        }
    }

    // The base default: the declaration itself when the base declared it; for a core setting a class overrides, the
    // base class's own value (what a profile with no class declares).
    private static SettingDeclaration? BaseDefault(SettingDeclaration declaration)
    {
        if (declaration.Required)
        {
            return null;
        }

        if (declaration.Source.Origin == SettingOrigin.Base)
        {
            return declaration;
        }

        return DeclarationCache.Find(Profile.BaseDeclarations, declaration.Key.Name) is { Required: false } atBase ? atBase : null;
    }

    private static bool LowerLayerSets(IReadOnlyList<Rung> rungs, int from, string field)
    {
        for (var i = from + 1; i < rungs.Count; i++)
        {
            if (rungs[i] is LayerRung { Layer: var layer } && layer.Scalar(field) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
