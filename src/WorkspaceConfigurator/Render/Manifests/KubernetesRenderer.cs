using System.Diagnostics;
using k8s.Models;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Check;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Hub.Templates;
using WorkspaceConfigurator.Render.KubernetesObjects;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// The Kubernetes objects that the Application Hub and KubeSpawner create when a user spawns a profile, in the
/// hub's order: the user's Namespace, manifests, ConfigMaps, PersistentVolumeClaims, Roles and RoleBindings, image
/// pull Secrets, then the pod. Placeholders are rendered in every string. A pure function of its input.
/// </summary>
internal static class KubernetesRenderer
{
    public const string DockerConfigJsonType = "kubernetes.io/dockerconfigjson";

    public const string DockerConfigJsonKey = ".dockerconfigjson";

    /// <summary>Renders one profile; unsupported template syntax it meets is a <see cref="ProfileException"/> naming the field.</summary>
    public static IReadOnlyList<KubernetesObject> Render(ProfileSpec spec, SpawnTarget target)
    {
        try
        {
            return RenderObjects(spec, target);
        }
        catch (FormatException)
        {
            // Commands have checked the specs already (Check/TemplateRules), so only a direct caller gets here: name the
            // field as the check does, from the spec's strings, instead of a bare error from the middle of rendering.
            TemplateSyntaxCheck.ThrowIfAny(spec);
            throw;
        }
    }

    private static IReadOnlyList<KubernetesObject> RenderObjects(ProfileSpec spec, SpawnTarget target)
    {
        var text = new SpawnText(target);
        var objects = new List<KubernetesObject> { new ModelObject(UserNamespace(target)) };
        objects.AddRange(ManifestObjects.Render(spec, target));
        foreach (var c in spec.ConfigMaps)
        {
            if (c.Content is not null)
            {
                objects.Add(new ModelObject(ConfigMap(c, text)));
            }
        }

        foreach (var v in spec.Volumes)
        {
            objects.Add(new ModelObject(Claim(v, text)));
        }

        if (SpawnPod.AppliesExtras(spec))
        {
            AddExtras(spec, text, objects);
        }

        objects.Add(new ModelObject(SpawnPod.Render(spec, text, target)));
        EnsureRendered(spec, objects);
        return objects;
    }

    /// <summary>Renders each profile in order.</summary>
    public static IReadOnlyList<SpawnObjects> RenderAll(IEnumerable<ProfileSpec> specs, SpawnTarget target)
    {
        var profiles = new List<SpawnObjects>();
        foreach (var s in specs)
        {
            profiles.Add(new SpawnObjects(s.Slug, s.DisplayName, Render(s, target)));
        }

        return profiles;
    }

    private static void AddExtras(ProfileSpec spec, SpawnText text, List<KubernetesObject> objects)
    {
        foreach (var r in spec.RoleBindings)
        {
            objects.Add(new ModelObject(Role(r.Role, text)));
            objects.Add(new ModelObject(Binding(r, text)));
        }

        foreach (var s in spec.ImagePullSecrets)
        {
            if (s.Data is not null)
            {
                objects.Add(new ModelObject(PullSecret(spec, s, text)));
            }
        }
    }

    // The hub creates the user's namespace first, with the labels and annotations of its settings (values filled
    // like its other templates).
    private static V1Namespace UserNamespace(SpawnTarget target)
    {
        var fields = SpawnUser.Fields(target.User, target.Hub);
        return new V1Namespace
        {
            ApiVersion = ApiVersion(V1Namespace.KubeGroup, V1Namespace.KubeApiVersion),
            Kind = V1Namespace.KubeKind,
            Metadata = ModelMaps.Meta(target.Namespace, null, Filled(target.Hub.NamespaceLabels, fields), Filled(target.Hub.NamespaceAnnotations, fields)),
        };
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

    private static V1ConfigMap ConfigMap(ConfigMapSpec c, SpawnText t) =>
        new V1ConfigMap { ApiVersion = ApiVersion(V1ConfigMap.KubeGroup, V1ConfigMap.KubeApiVersion), Kind = V1ConfigMap.KubeKind, Metadata = t.Meta(c.Name), Data = ModelMaps.Strings(t[c.Key], t[c.Content!]) };

    private static V1PersistentVolumeClaim Claim(VolumeSpec v, SpawnText t)
    {
        var metadata = t.Meta(v.ClaimName);
        metadata.Annotations = ModelMaps.Strings(t.Map(v.Annotations));
        return new V1PersistentVolumeClaim
        {
            ApiVersion = ApiVersion(V1PersistentVolumeClaim.KubeGroup, V1PersistentVolumeClaim.KubeApiVersion),
            Kind = V1PersistentVolumeClaim.KubeKind,
            Metadata = metadata,
            Spec = new V1PersistentVolumeClaimSpec
            {
                AccessModes = [.. SpecNames.AccessModes(v.AccessModes)],
                Resources = new V1VolumeResourceRequirements { Requests = ModelMaps.Quantities([new("storage", v.Size.Text)]) },
                StorageClassName = t[v.StorageClass],
            },
        };
    }

    private static V1Role Role(RoleSpec role, SpawnText t) => new V1Role
    {
        ApiVersion = ApiVersion(V1Role.KubeGroup, V1Role.KubeApiVersion),
        Kind = V1Role.KubeKind,
        Metadata = t.Meta(role.Name),
        Rules = [new V1PolicyRule { ApiGroups = [.. t.List(role.ApiGroups)], Resources = [.. t.List(role.Resources)], Verbs = [.. SpecNames.Verbs(role.Verbs)] }],
    };

    // A ServiceAccount subject carries its namespace, a User the RBAC API group.
    private static V1RoleBinding Binding(RoleBindingSpec r, SpawnText t)
    {
        var subjects = new List<Rbacv1Subject>();
        foreach (var s in r.Subjects)
        {
            subjects.Add(s.Kind == SubjectKind.ServiceAccount
                ? new Rbacv1Subject { Kind = "ServiceAccount", Name = t[s.Name], NamespaceProperty = t.Namespace }
                : new Rbacv1Subject { Kind = "User", Name = t[s.Name], ApiGroup = V1RoleBinding.KubeGroup });
        }

        return new V1RoleBinding
        {
            ApiVersion = ApiVersion(V1RoleBinding.KubeGroup, V1RoleBinding.KubeApiVersion),
            Kind = V1RoleBinding.KubeKind,
            Metadata = t.Meta(r.Name),
            RoleRef = new V1RoleRef { ApiGroup = V1Role.KubeGroup, Kind = V1Role.KubeKind, Name = t[r.Role.Name] },
            Subjects = subjects,
        };
    }

    // The model holds the secret's bytes; the profile gives them in base64, as Kubernetes stores them.
    private static V1Secret PullSecret(ProfileSpec spec, ImagePullSecretSpec s, SpawnText t)
    {
        var bytes = new byte[s.Data!.Length];
        if (!Convert.TryFromBase64String(s.Data, bytes, out var length))
        {
            throw new ProfileException($"profile '{spec.Slug}': image pull secret '{s.Name}' has data that is not base64");
        }

        return new V1Secret
        {
            ApiVersion = ApiVersion(V1Secret.KubeGroup, V1Secret.KubeApiVersion),
            Kind = V1Secret.KubeKind,
            Metadata = t.Meta(s.Name),
            Type = DockerConfigJsonType,
            Data = new Dictionary<string, byte[]>(1, StringComparer.Ordinal) { [DockerConfigJsonKey] = bytes[..length] },
        };
    }

    // apiVersion from the model's own constants: group/version, or the version alone for the core group.
    private static string ApiVersion(string group, string version) => group.Length == 0 ? version : group + "/" + version;

    // The renderer builds every string through SpawnText (and manifests through PlaceholderTree), so no string can
    // be left unrendered: an invariant of this class, not of its input. It is asserted in debug builds, which every
    // test render runs, and costs a release run nothing (a walk over every string of every object).
    [Conditional("DEBUG")]
    private static void EnsureRendered(ProfileSpec spec, IEnumerable<KubernetesObject> objects)
    {
        foreach (var o in objects)
        {
            if (PlaceholderTree.FindTemplateSyntax(o.ToYaml(), manifest: o is ManifestObject) is { } left)
            {
                TemplateSyntaxCheck.ThrowIfAny(spec); // a problem of the spec itself is named by its field first
                var excerpt = left.Split('\n')[0];
                throw new ProfileException($"profile '{spec.Slug}': {o} still holds template syntax after rendering: '{(excerpt.Length > 60 ? excerpt[..60] + "…" : excerpt)}'");
            }
        }
    }
}
