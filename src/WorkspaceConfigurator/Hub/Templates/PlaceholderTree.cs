namespace WorkspaceConfigurator.Hub.Templates;

/// <summary>Renders the placeholders in every string (keys included) of a YAML tree, e.g. a profile's manifest object.</summary>
internal static class PlaceholderTree
{
    /// <summary>The rendered tree; an unsupported expression throws <see cref="FormatException"/> (check the profile first).</summary>
    public static YamlNode Render(YamlNode node, PlaceholderValues values) => node switch
    {
        YamlMapping mapping => RenderMapping(mapping, values),
        YamlSequence sequence => RenderSequence(sequence, values),
        YamlScalar { Kind: YamlScalarKind.String } scalar => YamlNode.Str(Text(scalar.Text, values)),
        _ => node,
    };

    private static YamlMapping RenderMapping(YamlMapping mapping, PlaceholderValues values)
    {
        var entries = new YamlEntry[mapping.Entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = mapping.Entries[i];
            entries[i] = new YamlEntry(Text(entry.Key, values), Render(entry.Value, values));
        }

        return new YamlMapping(ValueList.Of(entries));
    }

    private static YamlSequence RenderSequence(YamlSequence sequence, PlaceholderValues values)
    {
        var items = new YamlNode[sequence.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Render(sequence.Items[i], values);
        }

        return new YamlSequence(ValueList.Of(items));
    }

    /// <summary>One manifest string rendered; an unsupported expression throws <see cref="FormatException"/>.</summary>
    public static string Text(string text, PlaceholderValues values) => OrThrow(PlaceholderRenderer.Render(text, values));

    /// <summary>One string from the rest of config.yml rendered the way the hub does (only when it holds <c>{{</c>).</summary>
    public static string HubText(string text, PlaceholderValues values) => OrThrow(PlaceholderRenderer.RenderHubString(text, values));

    /// <summary>
    /// The first string in the tree that still holds template syntax, if any: for manifest objects any syntax, for
    /// the hub's own objects a leftover <c>{{</c> (their other braces are content, e.g. a script's <c>${#x}</c>).
    /// </summary>
    public static string? FindTemplateSyntax(YamlNode node, bool manifest)
    {
        switch (node)
        {
            case YamlMapping mapping:
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var entry = mapping.Entries[i];
                    if ((Leftover(entry.Key, manifest) ? entry.Key : FindTemplateSyntax(entry.Value, manifest)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (FindTemplateSyntax(sequence.Items[i], manifest) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case YamlScalar { Kind: YamlScalarKind.String } scalar when Leftover(scalar.Text, manifest):
                return scalar.Text;
            default:
                return null;
        }
    }

    private static bool Leftover(string text, bool manifest) =>
        manifest ? PlaceholderRenderer.ContainsTemplateSyntax(text) : PlaceholderRenderer.IsRenderedByHub(text);

    private static string OrThrow(PlaceholderResult result) => result.Text ?? throw new FormatException($"template expression {result.Problem}");
}
