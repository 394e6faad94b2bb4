using System.Globalization;
using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers.ExistingObjects;

/// <summary>
/// Reads <c>--existing FILE|DIR</c>: YAML files of the objects a user's namespace holds, as <c>kubectl get -o yaml</c>
/// writes them (one object, or a <c>kind: List</c> with <c>items:</c>) or as <c>dump-manifests</c> wrote them (a
/// stream, or an <c>--output-dir</c> folder, whose <c>kustomization.yaml</c> files are skipped). A folder is read
/// recursively, <c>*.yaml</c> and <c>*.yml</c> files sorted by path. The files are read by the values-file rules (no
/// tags, no duplicate keys, bounded size, depth and alias expansion), and anything that is not an object is one
/// <see cref="ValuesFileException"/> naming FILE:LINE:COL (exit 2), so a wrong file never turns into a wrong preview.
/// </summary>
internal static class ExistingObjectsReader
{
    private const string Expected = "each document, or each item of a List, needs apiVersion, kind and metadata.name, as kubectl get -o yaml writes them";

    // Fields the API server sets and owns: they say nothing about what the pod gets, would make an old read look
    // different from a new one, and a resourceVersion in the stream would make kubectl apply refuse it as stale.
    private static bool IsServerSet(string metadataKey) => metadataKey is
        "uid" or "resourceVersion" or "generation" or "creationTimestamp" or "deletionTimestamp" or "deletionGracePeriodSeconds" or "managedFields" or "selfLink";

    public static ExistingObjects Read(string path)
    {
        var objects = new List<ExistingObject>();
        var limits = ValuesReadLimits.Default;
        foreach (var file in Files(path))
        {
            foreach (var document in ValuesYamlReader.ReadDocuments(ValuesFileText.Read(file.Path, file.Shown, limits.MaxBytes), file.Shown, limits))
            {
                Collect(document, "", objects, inList: false);
            }
        }

        return new ExistingObjects(objects);
    }

    // The file itself, or the YAML files under the folder sorted by their path in it. Hidden entries are left out:
    // an --output-dir folder holds dump-manifests' staging and backup folders (.wsconf-*), copies of profile folders.
    // Folders reached through a symbolic link are not entered, so that a link cannot make the walk endless.
    private static List<ExistingFile> Files(string path)
    {
        if (!Directory.Exists(path))
        {
            return [new ExistingFile(path, path, "")];
        }

        var found = new List<ExistingFile>();
        var pending = new Stack<ExistingFile>();
        pending.Push(new ExistingFile(path, path, ""));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in Entries(folder.Path, folder.Shown))
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.'))
                {
                    continue;
                }

                var relative = folder.Relative.Length == 0 ? name : folder.Relative + "/" + name;
                var file = new ExistingFile(entry, path.EndsWith('/') ? path + relative : path + "/" + relative, relative);
                if (Directory.Exists(entry))
                {
                    if (new DirectoryInfo(entry).LinkTarget is null)
                    {
                        pending.Push(file);
                    }
                }
                else if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(file);
                }
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return found;
    }

    private static string[] Entries(string folder, string shown)
    {
        try
        {
            return Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException ? "permission denied" : ValuesPath.Printable(e.Message);
            throw new ValuesFileException(new SourceMark(shown, 1, 1), "", $"cannot read the folder: {reason}", inner: e);
        }
    }

    private static void Collect(ValuesNode node, string path, List<ExistingObject> objects, bool inList)
    {
        if (node is not ValuesMapping mapping)
        {
            throw new ValuesFileException(node.Mark, path, $"not a Kubernetes object but {node.KindName} ({Expected})");
        }

        var apiVersion = RequireText(mapping, "apiVersion", path, "");
        var kind = RequireText(mapping, "kind", path, "");
        if (IsList(kind, mapping))
        {
            if (inList)
            {
                throw new ValuesFileException(mapping.Mark, path, $"a List inside a List ({Expected})");
            }

            if (mapping.Find("items") is not { Value: ValuesSequence items })
            {
                var at = mapping.Find("items")?.Value.Mark ?? mapping.Mark;
                throw new ValuesFileException(at, Child(path, "items"), $"a {ValuesPath.Printable(kind)} needs a list of objects under items ({Expected})");
            }

            for (var i = 0; i < items.Items.Count; i++)
            {
                Collect(items.Items[i], string.Create(CultureInfo.InvariantCulture, $"{Child(path, "items")}[{i}]"), objects, inList: true);
            }

            return;
        }

        // kustomize's own file in a dump-manifests --output-dir folder: a build instruction, not a cluster object.
        if (KubernetesKinds.Group(apiVersion) == "kustomize.config.k8s.io")
        {
            return;
        }

        if (mapping.Find("metadata") is not { Value: ValuesMapping metadataNode })
        {
            var at = mapping.Find("metadata")?.Value.Mark ?? mapping.Mark;
            throw new ValuesFileException(at, path, $"not a Kubernetes object: no metadata mapping ({Expected})");
        }

        var name = RequireText(metadataNode, "name", path, "metadata.");
        var @namespace = metadataNode.Find("namespace") is null ? null : RequireText(metadataNode, "namespace", path, "metadata.");
        var content = (YamlMapping)ValuesNodeConversion.ToYamlNode(mapping);
        objects.Add(new ExistingObject(apiVersion, kind, @namespace, name, WithoutServerFields(content), mapping.Mark));
    }

    // kubectl writes "kind: List"; the API itself answers a list request with "<Kind>List" and the same items.
    private static bool IsList(string kind, ValuesMapping mapping) =>
        kind == "List"
        || (kind.EndsWith("List", StringComparison.Ordinal) && mapping.Find("items")?.Value is ValuesSequence
            && (mapping.Find("metadata")?.Value as ValuesMapping)?.Find("name") is null);

    // A missing field is reported where its mapping starts, a wrong one where it is; the path is the object's, so
    // that an item of a List is named (items[3]) and the field is named in full (metadata.name).
    // The value is typed as kubectl's YAML 1.1 reader types it: a plain 12 is a number, not a name.
    private static string RequireText(ValuesMapping node, string key, string objectPath, string prefix)
    {
        var entry = node.Find(key);
        if (entry is not null && ValuesNodeConversion.ToYamlNode(entry.Value) is YamlScalar { Kind: YamlScalarKind.String, Text.Length: > 0 } text)
        {
            return text.Text;
        }

        var problem = entry is null ? $"no {prefix}{key}" : $"{prefix}{key} must be a non-empty text";
        throw new ValuesFileException(entry?.Value.Mark ?? node.Mark, objectPath, $"not a Kubernetes object: {problem} ({Expected})");
    }

    private static string Child(string path, string key)
    {
        var text = new System.Text.StringBuilder(path);
        ValuesPath.AppendKey(text, key);
        return text.ToString();
    }

    private static YamlMapping WithoutServerFields(YamlMapping content)
    {
        var entries = new List<YamlEntry>(content.Entries.Count);
        foreach (var e in content.Entries)
        {
            if (e.Key == "status")
            {
                continue;
            }

            entries.Add(e.Key == "metadata" && e.Value is YamlMapping metadata ? new YamlEntry("metadata", WithoutServerMetadata(metadata)) : e);
        }

        return new YamlMapping(entries.ToValueList());
    }

    private static YamlMapping WithoutServerMetadata(YamlMapping metadata)
    {
        var entries = new List<YamlEntry>(metadata.Entries.Count);
        foreach (var e in metadata.Entries)
        {
            if (!IsServerSet(e.Key))
            {
                entries.Add(e);
            }
        }

        return new YamlMapping(entries.ToValueList());
    }

    /// <summary>A file or folder to read: its path, its name in messages (the folder as given, then its path in it), and that path.</summary>
    private sealed record ExistingFile(string Path, string Shown, string Relative);
}
