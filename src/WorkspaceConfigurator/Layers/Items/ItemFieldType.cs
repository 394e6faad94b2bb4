namespace WorkspaceConfigurator.Layers.Items;

/// <summary>The value types of named-item fields, for parsing and for the values-file schema.</summary>
internal enum ItemFieldType
{
    Text,
    OptionalText,
    Bool,
    FileMode,
    Size,
    AccessModes,
    TextList,
    TextMap,
    VolumeMounts,
    Subjects,
    Role,
    Manifests,

    /// <summary>A file beside the values file whose text is the field's value (<c>content_file</c>).</summary>
    TextFile,

    /// <summary>A multi-document YAML file beside the values file, read as Kubernetes objects (<c>manifest_file</c>).</summary>
    ManifestFile,
}
