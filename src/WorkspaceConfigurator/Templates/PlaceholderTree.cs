using WorkspaceConfigurator.Values;
using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Templates;

/// <summary>Renders the placeholders in every string (keys included) of a YAML tree, e.g. a profile's manifest object.</summary>
public static class PlaceholderTree
{
    /// <summary>The rendered tree; an unsupported expression throws <see cref="FormatException"/> (check the profile first).</summary>
    public static YamlNode Render(YamlNode node, PlaceholderValues values) => node switch
    {
        YamlMapping mapping => new YamlMapping(mapping.Entries.Select(e => new YamlEntry(Text(e.Key, values), Render(e.Value, values))).ToValueList()),
        YamlSequence sequence => new YamlSequence(sequence.Items.Select(i => Render(i, values)).ToValueList()),
        YamlScalar { Kind: YamlScalarKind.String } scalar => YamlNode.Str(Text(scalar.Text, values)),
        _ => node,
    };

    /// <summary>One string rendered; an unsupported expression throws <see cref="FormatException"/>.</summary>
    public static string Text(string text, PlaceholderValues values)
    {
        var result = PlaceholderRenderer.Render(text, values);
        return result.Text ?? throw new FormatException($"template expression {result.Problem}");
    }

    /// <summary>The first string in the tree that still holds template syntax, if any.</summary>
    public static string? FindTemplateSyntax(YamlNode node) => node switch
    {
        YamlMapping mapping => mapping.Entries.Select(e => PlaceholderRenderer.ContainsTemplateSyntax(e.Key) ? e.Key : FindTemplateSyntax(e.Value)).FirstOrDefault(s => s is not null),
        YamlSequence sequence => sequence.Items.Select(FindTemplateSyntax).FirstOrDefault(s => s is not null),
        YamlScalar { Kind: YamlScalarKind.String } scalar when PlaceholderRenderer.ContainsTemplateSyntax(scalar.Text) => scalar.Text,
        _ => null,
    };
}
