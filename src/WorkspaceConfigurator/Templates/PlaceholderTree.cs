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

    /// <summary>One manifest string rendered; an unsupported expression throws <see cref="FormatException"/>.</summary>
    public static string Text(string text, PlaceholderValues values) => OrThrow(PlaceholderRenderer.Render(text, values));

    /// <summary>One string from the rest of config.yml rendered the way the hub does (only when it holds <c>{{</c>).</summary>
    public static string HubText(string text, PlaceholderValues values) => OrThrow(PlaceholderRenderer.RenderHubString(text, values));

    /// <summary>
    /// The first string in the tree that still holds template syntax, if any: for manifest objects any syntax, for
    /// the hub's own objects a leftover <c>{{</c> (their other braces are content, e.g. a script's <c>${#x}</c>).
    /// </summary>
    public static string? FindTemplateSyntax(YamlNode node, bool manifest) => node switch
    {
        YamlMapping mapping => mapping.Entries.Select(e => Leftover(e.Key, manifest) ? e.Key : FindTemplateSyntax(e.Value, manifest)).FirstOrDefault(s => s is not null),
        YamlSequence sequence => sequence.Items.Select(i => FindTemplateSyntax(i, manifest)).FirstOrDefault(s => s is not null),
        YamlScalar { Kind: YamlScalarKind.String } scalar when Leftover(scalar.Text, manifest) => scalar.Text,
        _ => null,
    };

    private static bool Leftover(string text, bool manifest) =>
        manifest ? PlaceholderRenderer.ContainsTemplateSyntax(text) : text.Contains("{{", StringComparison.Ordinal);

    private static string OrThrow(PlaceholderResult result) => result.Text ?? throw new FormatException($"template expression {result.Problem}");
}
