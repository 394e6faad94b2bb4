using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Templates;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Rendering.Kubernetes;

/// <summary>
/// The Kubernetes objects that the Application Hub and KubeSpawner create when a user spawns a profile, in the
/// hub's order: the user's Namespace, manifests, ConfigMaps, PersistentVolumeClaims, Roles and RoleBindings, image
/// pull Secrets, then the pod. Placeholders are rendered in every string. A pure function of its input.
/// </summary>
internal static class KubernetesRenderer
{
    /// <summary>Renders one profile; unsupported template syntax is a <see cref="ProfileException"/> naming the field.</summary>
    public static IReadOnlyList<KubernetesObject> Render(ProfileSpec spec, SpawnTarget target)
    {
        // Commands have run the validator on the specs already; this is for direct callers, who would otherwise get a
        // bare FormatException from the middle of rendering. It walks the spec's strings and renders nothing.
        ProfileTemplateCheck.ThrowIfAny(spec);
        var text = new SpawnText(target);
        var objects = new List<KubernetesObject> { UserNamespace(target) };
        objects.AddRange(ManifestObjects.Render(spec, target));
        foreach (var c in spec.ConfigMaps)
        {
            if (c.Content is not null)
            {
                objects.Add(ConfigMap(c, text));
            }
        }

        foreach (var v in spec.Volumes)
        {
            objects.Add(Claim(v, text));
        }

        if (SpawnPod.AppliesExtras(spec))
        {
            AddExtras(spec, text, objects);
        }

        objects.Add(SpawnPod.Render(spec, text, target));
        EnsureRendered(spec, objects);
        return objects;
    }

    /// <summary>Renders each profile in order.</summary>
    public static IReadOnlyList<ProfileObjects> RenderAll(IEnumerable<ProfileSpec> specs, SpawnTarget target)
    {
        var profiles = new List<ProfileObjects>();
        foreach (var s in specs)
        {
            profiles.Add(new ProfileObjects(s.Slug, s.DisplayName, Render(s, target)));
        }

        return profiles;
    }

    private static void AddExtras(ProfileSpec spec, SpawnText text, List<KubernetesObject> objects)
    {
        foreach (var r in spec.RoleBindings)
        {
            objects.Add(Role(r.Role, text));
            objects.Add(Binding(r, text));
        }

        foreach (var s in spec.ImagePullSecrets)
        {
            if (s.Data is not null)
            {
                objects.Add(PullSecret(s, text));
            }
        }
    }

    // The hub creates the user's namespace first, with the labels and annotations of its settings (values filled
    // like its other templates).
    private static Namespace UserNamespace(SpawnTarget target)
    {
        var fields = SpawnUser.Fields(target.User, target.Hub);
        return new Namespace(new ObjectMeta(target.Namespace)
        {
            Labels = Filled(target.Hub.NamespaceLabels, fields),
            Annotations = Filled(target.Hub.NamespaceAnnotations, fields),
        });
    }

    private static ValueMap<string> Filled(ValueMap<string> map, IReadOnlyDictionary<string, string> fields)
    {
        var filled = new KeyValuePair<string, string>[map.Count];
        for (var i = 0; i < filled.Length; i++)
        {
            filled[i] = new(map[i].Key, HubTemplate.Expand(map[i].Value, fields));
        }

        return ValueMap<string>.From(filled);
    }

    private static ConfigMap ConfigMap(ConfigMapSpec c, SpawnText t) =>
        new(t.Meta(c.Name), OneEntry(t[c.Key], t[c.Content!]));

    private static PersistentVolumeClaim Claim(VolumeSpec v, SpawnText t) =>
        new(t.Meta(v.ClaimName) with { Annotations = t.Map(v.Annotations) },
            new PersistentVolumeClaimSpec(SpecNames.AccessModes(v.AccessModes), v.Size.Text, t[v.StorageClass]));

    private static Role Role(RoleSpec role, SpawnText t) =>
        new(t.Meta(role.Name), ValueList.Of(new PolicyRule(t.List(role.ApiGroups), t.List(role.Resources), SpecNames.Verbs(role.Verbs))));

    private static RoleBinding Binding(RoleBindingSpec r, SpawnText t)
    {
        var subjects = ValueList.From(r.Subjects, s => s.Kind == SubjectKind.ServiceAccount
            ? new Subject("ServiceAccount", t[s.Name], t.Namespace)
            : new Subject("User", t[s.Name]));
        return new RoleBinding(t.Meta(r.Name), new RoleRef("Role", t[r.Role.Name]), subjects);
    }

    private static Secret PullSecret(ImagePullSecretSpec s, SpawnText t) =>
        new(t.Meta(s.Name), Secret.DockerConfigJsonType, OneEntry(Secret.DockerConfigJsonKey, s.Data!));

    // An array, not a collection expression: that would be a compiler-made list type over the entry struct.
    private static ValueMap<string> OneEntry(string key, string value) =>
        ValueMap<string>.From(new KeyValuePair<string, string>[] { new(key, value) });

    // The renderer builds every string through SpawnText; this guards the promise that none is left unrendered.
    private static void EnsureRendered(ProfileSpec spec, IEnumerable<KubernetesObject> objects)
    {
        foreach (var o in objects)
        {
            if (PlaceholderTree.FindTemplateSyntax(o.ToYaml(), manifest: o is ManifestObject) is { } left)
            {
                var excerpt = left.Split('\n')[0];
                throw new ProfileException($"profile '{spec.Slug}': {o} still holds template syntax after rendering: '{(excerpt.Length > 60 ? excerpt[..60] + "…" : excerpt)}'");
            }
        }
    }
}
