namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// An object's tree with one change to its <c>metadata</c>, every other entry kept where it stands, so an object
/// written back keeps the order its author (or the cluster) gave it.
/// </summary>
internal static class ObjectMetadata
{
    /// <summary>The object with <c>metadata.namespace</c> added right after the name, where the renderer writes it, unless it has one.</summary>
    public static YamlMapping WithNamespace(YamlMapping content, string @namespace)
    {
        var metadata = (YamlMapping)content["metadata"]!;
        if (metadata["namespace"] is not null)
        {
            return content;
        }

        var entries = new List<YamlEntry>(metadata.Entries.Count + 1);
        foreach (var e in metadata.Entries)
        {
            entries.Add(e);
            if (e.Key == "name")
            {
                entries.Add(new YamlEntry("namespace", YamlNode.Str(@namespace)));
            }
        }

        return WithMetadata(content, new YamlMapping(entries.ToValueList()));
    }

    /// <summary>The object with the annotation set: replaced where it stands, else added last.</summary>
    public static YamlMapping WithAnnotation(YamlMapping content, string key, string value)
    {
        var metadata = (YamlMapping)content["metadata"]!;
        var node = YamlNode.Str(value);
        var annotations = metadata["annotations"] as YamlMapping;
        var entries = new List<YamlEntry>((annotations?.Entries.Count ?? 0) + 1);
        var replaced = false;
        foreach (var e in annotations?.Entries ?? ValueList<YamlEntry>.Empty)
        {
            replaced |= e.Key == key;
            entries.Add(e.Key == key ? new YamlEntry(key, node) : e);
        }

        if (!replaced)
        {
            entries.Add(new YamlEntry(key, node));
        }

        var withAnnotations = new YamlMapping(entries.ToValueList());
        var metadataEntries = new List<YamlEntry>(metadata.Entries.Count + 1);
        var placed = false;
        foreach (var e in metadata.Entries)
        {
            // An annotations entry that is not a mapping (null, as some writers leave it) is replaced too.
            placed |= e.Key == "annotations";
            metadataEntries.Add(e.Key == "annotations" ? new YamlEntry("annotations", withAnnotations) : e);
        }

        if (!placed)
        {
            metadataEntries.Add(new YamlEntry("annotations", withAnnotations));
        }

        return WithMetadata(content, new YamlMapping(metadataEntries.ToValueList()));
    }

    private static YamlMapping WithMetadata(YamlMapping content, YamlMapping metadata)
    {
        var entries = new List<YamlEntry>(content.Entries.Count);
        foreach (var e in content.Entries)
        {
            entries.Add(e.Key == "metadata" ? new YamlEntry("metadata", metadata) : e);
        }

        return new YamlMapping(entries.ToValueList());
    }
}
