using System.Globalization;
using System.Text;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Render.KubernetesObjects;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// Applies the hub's rule to a rendered preview: it creates an object only when the namespace does not hold one of
/// the same kind and name, and leaves an existing one as it is. Every object gets the annotation
/// <c>wsconf.io/spawn-action</c>: <c>create</c>, or <c>keep</c> with the existing object's content in place of the
/// rendered one, because that is what the pod gets. Objects are treated alike whatever their kind (the pod aside):
/// only apiVersion, kind, namespace and name are read.
/// </summary>
internal static class SpawnActions
{
    public const string Annotation = "wsconf.io/spawn-action";

    public const string Create = "create";

    public const string Keep = "keep";

    public static SpawnPreview Apply(IReadOnlyList<SpawnObjects> profiles, ExistingObjects existing, SpawnTarget target)
    {
        var result = new List<SpawnObjects>(profiles.Count);
        var notes = new List<Finding>(profiles.Count);
        foreach (var profile in profiles)
        {
            var objects = new List<KubernetesObject>(profile.Objects.Count);
            var kept = new List<string>();
            foreach (var o in profile.Objects)
            {
                if (!IsSpawnPod(o) && existing.Find(o.ApiVersion, o.Kind, o.Namespace, o.Name) is { } found)
                {
                    objects.Add(new ManifestObject(WithAction(InNamespace(found.Content, o.Namespace), Keep)));
                    kept.Add($"{o.Kind} {o.Name}");
                }
                else if (IsUserNamespace(o, target) && existing.Namespaces.Contains(o.Name))
                {
                    // Objects in the namespace prove it exists, although its own object was not given: the hub keeps it.
                    // Its content is unknown, so the rendered one stands in.
                    objects.Add(new ManifestObject(WithAction(o.ToYaml(), Keep)));
                    kept.Add($"{o.Kind} {o.Name}");
                }
                else
                {
                    objects.Add(new ManifestObject(WithAction(o.ToYaml(), Create)));
                }
            }

            result.Add(profile with { Objects = objects });
            notes.Add(Note(target.Namespace, profiles.Count > 1 ? profile.Slug : null, kept, objects.Count - kept.Count));
        }

        // The warnings first: they say the notes that follow may look empty-handed.
        var findings = Warnings(existing, target);
        findings.AddRange(notes);
        return new SpawnPreview(result, findings);
    }

    private static bool IsUserNamespace(KubernetesObject o, SpawnTarget target) =>
        o is not ManifestObject && o.Kind == "Namespace" && o.Name == target.Namespace;

    // KubeSpawner replaces a pod left from an earlier spawn rather than keeping it, so the pod it builds is always
    // created. A Pod among a profile's manifests is created only when absent, like every other object.
    private static bool IsSpawnPod(KubernetesObject o) => o is not ManifestObject && o.Kind == "Pod" && KubernetesKinds.Group(o.ApiVersion).Length == 0;

    // "jupyter-alice: keeping 2 existing objects (PersistentVolumeClaim workspace-claim, ConfigMap bash-rc-coder); creating 9"
    private static Finding Note(string @namespace, string? slug, List<string> kept, int created)
    {
        var text = new StringBuilder();
        if (kept.Count == 0)
        {
            text.Append("keeping no existing object");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"keeping {kept.Count} existing object{(kept.Count == 1 ? "" : "s")} (")
                .Append(string.Join(", ", kept)).Append(')');
        }

        return Finding.Note(@namespace, slug, text.Append(CultureInfo.InvariantCulture, $"; creating {created}").ToString());
    }

    // Objects read from another user's namespace match nothing: said once, since the preview would look empty-handed.
    private static List<Finding> Warnings(ExistingObjects existing, SpawnTarget target)
    {
        // The reader's own warnings (an object given twice) are printed when the files are read, not again here.
        var warnings = new List<Finding>();
        if (existing.Namespaces.Count > 0 && !existing.Namespaces.Contains(target.Namespace))
        {
            warnings.Add(Finding.WarningAbout("--existing", $"no object is in namespace {target.Namespace}, they are in {string.Join(", ", existing.Namespaces)}",
                "give the --user or --namespace whose objects they are"));
        }

        return warnings;
    }

    /// <summary>The object with its metadata's namespace set, when it has none and belongs in one.</summary>
    private static YamlMapping InNamespace(YamlMapping content, string? @namespace)
    {
        var metadata = (YamlMapping)content["metadata"]!;
        if (@namespace is null || metadata["namespace"] is not null)
        {
            return content;
        }

        // Right after the name, where the renderer writes it.
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
    private static YamlMapping WithAction(YamlMapping content, string action)
    {
        var metadata = (YamlMapping)content["metadata"]!;
        var value = YamlNode.Str(action);
        var annotations = metadata["annotations"] as YamlMapping;
        var entries = new List<YamlEntry>((annotations?.Entries.Count ?? 0) + 1);
        var replaced = false;
        foreach (var e in annotations?.Entries ?? ValueList<YamlEntry>.Empty)
        {
            replaced |= e.Key == Annotation;
            entries.Add(e.Key == Annotation ? new YamlEntry(Annotation, value) : e);
        }

        if (!replaced)
        {
            entries.Add(new YamlEntry(Annotation, value));
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
