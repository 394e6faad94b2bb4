using System.Globalization;
using System.Text;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Layers.ExistingObjects;
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

    // "jupyter-alice: keeping 2 existing objects (PersistentVolumeClaim workspace-claim, ConfigMap bash-rc-coder); creating 9",
    // with "for coder, " before "keeping" when the preview holds several profiles.
    private static Finding Note(string @namespace, string? slug, List<string> kept, int created)
    {
        var text = new StringBuilder(slug is null ? "" : $"for {slug}, ");
        if (kept.Count == 0)
        {
            text.Append("keeping no existing object");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"keeping {kept.Count} existing object{(kept.Count == 1 ? "" : "s")} (")
                .Append(string.Join(", ", kept)).Append(')');
        }

        return Finding.Note(@namespace, text.Append(CultureInfo.InvariantCulture, $"; creating {created}").ToString());
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

    // An object found without a namespace (a file written by hand) is shown in the one it was found for.
    private static YamlMapping InNamespace(YamlMapping content, string? @namespace) =>
        @namespace is null ? content : ObjectMetadata.WithNamespace(content, @namespace);

    private static YamlMapping WithAction(YamlMapping content, string action) => ObjectMetadata.WithAnnotation(content, Annotation, action);
}
