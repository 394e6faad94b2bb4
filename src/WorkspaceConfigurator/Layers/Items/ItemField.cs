using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers.Items;

/// <summary>
/// One field a named item takes in a values file: its name, type and meaning, the field of the item it sets (a file
/// field such as <c>content_file</c> sets <c>content</c>), and whether a new item must give it.
/// </summary>
internal sealed record ItemField(string Name, ItemFieldType Type, string Description)
{
    /// <summary>The item field this one sets; <see cref="Name"/> unless it is a file form (<c>content_file</c> sets <c>content</c>).</summary>
    public string Sets { get; init; } = Name;

    /// <summary>A new item must give this field (or its file form).</summary>
    public bool RequiredForNew { get; init; }

    internal object? Read(ValuesNode node, ValuesSite site, ItemReadContext context) => Type switch
    {
        ItemFieldType.Text => ItemFieldReader.Text(node, site),
        ItemFieldType.OptionalText => ItemFieldReader.OptionalText(node, site),
        ItemFieldType.Bool => ItemFieldReader.Bool(node, site),
        ItemFieldType.FileMode => ItemFieldReader.FileMode(node, site),
        ItemFieldType.Size => ItemFieldReader.Size(node, site),
        ItemFieldType.AccessModes => ItemFieldReader.AccessModes(node, site),
        ItemFieldType.TextList => ItemFieldReader.TextList(node, site),
        ItemFieldType.TextMap => ItemFieldReader.TextMap(node, site),
        ItemFieldType.VolumeMounts => ItemFieldReader.VolumeMounts(node, site),
        ItemFieldType.Subjects => ItemFieldReader.Subjects(node, site),
        ItemFieldType.Role => ItemFieldReader.Role(node, site),
        ItemFieldType.Manifests => ItemFieldReader.Manifests(node, site),
        ItemFieldType.TextFile => context.ReadText(node, site),
        ItemFieldType.ManifestFile => context.ReadManifests(node, site),
        _ => throw new InvalidOperationException(Type.ToString()),
    };
}
