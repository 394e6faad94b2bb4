using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers;

/// <summary>
/// Turns a values-file entry into a <see cref="Layer"/>: each setting written under it becomes a value, an unset, or
/// map changes, checked against the settings the profile (or, for <c>global:</c> and mixins, the catalogue) declares.
/// Values are parsed here once to report a bad one at once; each profile parses them again with its own key.
/// </summary>
internal static class EntryLayers
{
    /// <param name="keyOf">The setting of that name, or null when the profile (or the catalogue) has none.</param>
    /// <param name="validFields">The fields that would be valid, for the message about an unknown one.</param>
    /// <param name="typedTwoWays">
    /// For an entry of no one class (global:, a mixin): whether the catalogue's classes give a name two types. Such a
    /// value is kept as written (a text or a list) and typed by each profile it reaches.
    /// </param>
    public static Layer Read(ProfileEntry entry, Func<string, SettingKey?> keyOf, Func<IReadOnlyList<string>> validFields, Func<string, bool>? typedTwoWays = null)
    {
        var layer = new Layer();
        var entrySite = new ValuesSite(entry.Mark, entry.Path);
        foreach (var setting in entry.Settings)
        {
            var field = setting.Key.Text;
            var site = entrySite.Under(field, setting.Value.Mark);
            var key = keyOf(field) ?? throw new ValuesFileException(setting.Key.Mark, $"{entry.Path}.{field}", UnknownField(entry, field, AsWritten(validFields())));
            var source = ValuesDocumentReader.Source(entry, setting.Value.Mark);
            var typedLater = typedTwoWays?.Invoke(field) == true;
            if (key.IsMap)
            {
                ReadMap(layer, key, setting.Value, site, entry);
            }
            else
            {
                var input = Scalar(field, setting.Value, site, source, key, typedLater);
                if (!typedLater)
                {
                    input.Parse(key); // early, at its site; each profile it reaches types it again
                }

                layer.Set(input);
            }
        }

        foreach (var item in entry.Items)
        {
            layer.Add(item);
        }

        return layer;
    }

    private static ScalarInput Scalar(string field, ValuesNode node, ValuesSite site, SettingSource source, SettingKey key, bool typedLater) => node switch
    {
        ValuesScalar { IsNull: true } => ScalarInput.Unset(field, source, site),
        ValuesScalar scalar => ScalarInput.Of(field, scalar.Text, source, site),
        ValuesSequence when key.IsList || typedLater => ScalarInput.OfItems(field, NodeShapes.Texts(node, site, key.TypeName), source, site),
        _ => throw site.Malformed(typedLater ? $"is {node.KindName}; expected a text or a list (each profile it reaches types it)" : $"is {node.KindName}; expected {key.TypeName}"),
    };

    private static void ReadMap(Layer layer, SettingKey key, ValuesNode node, ValuesSite site, ProfileEntry entry)
    {
        if (node is ValuesScalar { IsNull: true })
        {
            layer.Add(new MapOp(key.Name, MapOpKind.Clear, null, null, ValuesDocumentReader.Source(entry, node.Mark), site));
            return;
        }

        var mapping = NodeShapes.Mapping(node, site, $"a mapping ({key.Name}: {{KEY: VALUE}}; null deletes an entry)");
        var ops = new List<MapOp>();
        var replace = false;
        foreach (var entryNode in mapping.Entries)
        {
            if (NodeShapes.IsPatchDirective(entryNode, site))
            {
                replace = true;
                continue;
            }

            var mapKey = entryNode.Key.Text;
            var keySite = NodeShapes.Key(site, entryNode);
            if (key.CheckEntryKey(mapKey) is { } problem)
            {
                throw keySite.Malformed(problem);
            }

            var valueSite = NodeShapes.Entry(site, entryNode);
            var source = ValuesDocumentReader.Source(entry, entryNode.Key.Mark);
            if (entryNode.Value is ValuesScalar { IsNull: true })
            {
                ops.Add(new MapOp(key.Name, MapOpKind.Delete, mapKey, null, source, valueSite));
                continue;
            }

            var value = ScalarInput.Of($"{key.Name}.{mapKey}", NodeShapes.Text(entryNode.Value, valueSite, key.TypeName), source, valueSite);
            value.Parse(key);
            ops.Add(new MapOp(key.Name, MapOpKind.Set, mapKey, value, source, valueSite));
        }

        if (replace)
        {
            layer.Add(new MapOp(key.Name, MapOpKind.Clear, null, null, ValuesDocumentReader.Source(entry, mapping.Mark), site));
        }

        foreach (var op in ops)
        {
            layer.Add(op);
        }
    }

    // A values file writes a map as a mapping under its name (env: {...}), not as the command line's env.KEY.
    private static List<string> AsWritten(IReadOnlyList<string> fields) =>
        [.. fields.Select(f => f.EndsWith(".KEY", StringComparison.Ordinal) ? f[..^4] : f)];

    private static string UnknownField(ProfileEntry entry, string field, IReadOnlyList<string> valid)
    {
        var what = entry.IsGlobal ? "any profile of the catalogue" : $"profile '{entry.Slug}'";
        var close = Errors.Suggestions.Closest(field, valid, 1).FirstOrDefault();
        var hint = close is null ? "" : $"; did you mean '{close}'?";
        return $"unknown field '{field}' for {what}{hint} (valid: {string.Join(", ", valid)}; named items: {string.Join(", ", Items.ItemKinds.All.Select(k => k.Name))})";
    }
}
