using WorkspaceConfigurator.Yaml;

namespace WorkspaceConfigurator.Layers.ValuesFiles;

/// <summary>
/// Turns values-file nodes into the <see cref="YamlNode"/> tree manifests are written from, for Kubernetes objects
/// written inline in a values file. Plain scalars get the type the hub's PyYAML gives them (YAML 1.1), so that a
/// manifest means the same in the values file and in the rendered output.
/// </summary>
internal static class ValuesNodeConversion
{
    /// <summary>
    /// The node as a YAML tree: plain scalars resolved by <see cref="PlainScalarResolver"/>, quoted and block scalars
    /// as strings, keys as their text (a plain <c>yes:</c> stays the key "yes"). Recursive: the reader bounds depth.
    /// </summary>
    public static YamlNode ToYamlNode(ValuesNode node) => node switch
    {
        ValuesScalar { IsPlain: true } scalar => PlainScalarResolver.Resolve(scalar.Text),
        ValuesScalar scalar => YamlNode.Str(scalar.Text),
        ValuesSequence sequence => new YamlSequence(ValueList.From(sequence.Items, ToYamlNode)),
        ValuesMapping mapping => new YamlMapping(ValueList.From(mapping.Entries, Entry)),
        _ => throw new ArgumentException($"unknown values node {node.GetType().Name}", nameof(node)),
    };

    private static YamlEntry Entry(ValuesEntry entry) => new(entry.Key.Text, ToYamlNode(entry.Value));
}
