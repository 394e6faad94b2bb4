using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Templates;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Rendering.Kubernetes;

/// <summary>
/// The Kubernetes objects that the Application Hub and KubeSpawner create when a user spawns a profile, in the
/// hub's order: manifests, ConfigMaps, PersistentVolumeClaims, Roles and RoleBindings, image pull Secrets, then
/// the pod. Placeholders are rendered in every string. A pure function of its input.
/// </summary>
public static class KubernetesRenderer
{
    /// <summary>Renders one profile; unsupported template syntax is a <see cref="ProfileException"/> naming the field.</summary>
    public static IReadOnlyList<KubernetesObject> Render(ProfileSpec spec, SpawnTarget target)
    {
        ProfileTemplateCheck.ThrowIfAny(spec);
        var text = new SpawnText(target);
        var objects = new List<KubernetesObject>();
        objects.AddRange(ManifestObjects.Render(spec, target));
        objects.AddRange(spec.ConfigMaps.Where(c => c.Content is not null).Select(c => ConfigMap(c, text)));
        objects.AddRange(spec.Volumes.Select(v => Claim(v, text)));
        if (SpawnPod.AppliesExtras(spec))
        {
            objects.AddRange(spec.RoleBindings.SelectMany(r => RoleAndBinding(r, text)));
            objects.AddRange(spec.ImagePullSecrets.Where(s => s.Data is not null).Select(s => PullSecret(s, text)));
        }

        objects.Add(SpawnPod.Render(spec, text));
        EnsureRendered(spec, objects);
        return objects;
    }

    /// <summary>Renders each profile in order.</summary>
    public static IReadOnlyList<ProfileObjects> RenderAll(IEnumerable<ProfileSpec> specs, SpawnTarget target) =>
        specs.Select(s => new ProfileObjects(s.Slug, s.DisplayName, Render(s, target))).ToList();

    private static ConfigMap ConfigMap(ConfigMapSpec c, SpawnText t) =>
        new(t.Meta(c.Name), ValueMap<string>.From([new(t[c.Key], t[c.Content!])]));

    private static PersistentVolumeClaim Claim(VolumeSpec v, SpawnText t) =>
        new(t.Meta(v.ClaimName) with { Annotations = t.Map(v.Annotations) },
            new PersistentVolumeClaimSpec(v.AccessModes.Select(m => m.ToString()).ToValueList(), v.Size.Text, t[v.StorageClass]));

    private static IEnumerable<KubernetesObject> RoleAndBinding(RoleBindingSpec r, SpawnText t)
    {
        var role = r.Role;
        yield return new Role(t.Meta(role.Name), ValueList.Of(new PolicyRule(
            t.List(role.ApiGroups), t.List(role.Resources), role.Verbs.Select(v => v.ToApiName()).ToValueList())));
        var subjects = r.Subjects.Select(s => s.Kind == SubjectKind.ServiceAccount
            ? new Subject("ServiceAccount", t[s.Name], t.Namespace)
            : new Subject("User", t[s.Name]));
        yield return new RoleBinding(t.Meta(r.Name), new RoleRef("Role", t[role.Name]), subjects.ToValueList());
    }

    private static Secret PullSecret(ImagePullSecretSpec s, SpawnText t) =>
        new(t.Meta(s.Name), Secret.DockerConfigJsonType, ValueMap<string>.From([new(Secret.DockerConfigJsonKey, s.Data!)]));

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
