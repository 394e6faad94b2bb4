using k8s;
using k8s.Models;

namespace WorkspaceConfigurator.Render.KubernetesObjects;

/// <summary>
/// KubernetesClient's models as wsconf's YAML tree: Kubernetes' camelCase keys in a fixed order (apiVersion, kind,
/// metadata, then the kind's fields), the fields wsconf sets, unset and empty optional ones left out. Quoting and
/// layout stay with the YAML writer.
/// </summary>
internal static class ModelYaml
{
    /// <summary>The kinds wsconf builds; any other model is refused, naming its kind.</summary>
    public static YamlMapping Object(IKubernetesObject<V1ObjectMeta> model)
    {
        var builder = new YamlMappingBuilder()
            .Add("apiVersion", model.ApiVersion)
            .Add("kind", model.Kind)
            .Add("metadata", Metadata(model.Metadata));
        switch (model)
        {
            case V1Namespace:
                break;
            case V1ConfigMap map:
                builder.Add("data", StringMap(map.Data));
                break;
            case V1Secret secret:
                builder.Add("type", secret.Type).Add("data", Base64Map(secret.Data));
                break;
            case V1PersistentVolumeClaim claim:
                builder.Add("spec", ClaimSpec(claim.Spec));
                break;
            case V1Role role:
                builder.Add("rules", Seq(role.Rules, Rule));
                break;
            case V1RoleBinding binding:
                builder.Add("roleRef", RoleRef(binding.RoleRef)).Add("subjects", Seq(binding.Subjects, Subject));
                break;
            case V1Pod pod:
                builder.Add("spec", PodSpec(pod.Spec));
                break;
            default:
                throw new NotSupportedException($"{model.Kind} {model.Metadata?.Name}: wsconf does not write {model.GetType().Name} objects");
        }

        return builder.Build();
    }

    public static YamlMapping Metadata(V1ObjectMeta meta) => new YamlMappingBuilder()
        .Add("name", meta.Name)
        .AddIfNotNull("namespace", meta.NamespaceProperty)
        .AddIfNotNull("labels", StringMapOrNull(meta.Labels))
        .AddIfNotNull("annotations", StringMapOrNull(meta.Annotations))
        .Build();

    public static YamlMapping PodSpec(V1PodSpec spec) => new YamlMappingBuilder()
        .AddIfNotNull("initContainers", SeqOrNull(spec.InitContainers, Container))
        .Add("containers", Seq(spec.Containers, Container))
        .AddIfNotNull("volumes", SeqOrNull(spec.Volumes, Volume))
        .AddIfNotNull("nodeSelector", StringMapOrNull(spec.NodeSelector))
        .AddIfNotNull("tolerations", SeqOrNull(spec.Tolerations, Toleration))
        .AddIfNotNull("securityContext", spec.SecurityContext is { } context ? PodSecurityContext(context) : null)
        .AddIfNotNull("serviceAccountName", spec.ServiceAccountName)
        .AddIfNotNull("automountServiceAccountToken", spec.AutomountServiceAccountToken is { } automount ? YamlNode.Bool(automount) : null)
        .AddIfNotNull("imagePullSecrets", SeqOrNull(spec.ImagePullSecrets, r => NameRef(r.Name)))
        .AddIfNotNull("restartPolicy", spec.RestartPolicy)
        .Build();

    public static YamlMapping Container(V1Container c) => new YamlMappingBuilder()
        .Add("name", c.Name)
        .Add("image", c.Image)
        .AddIfNotNull("command", SeqOrNull(c.Command, YamlNode.Str))
        .AddIfNotNull("ports", SeqOrNull(c.Ports, p => new YamlMappingBuilder().Add("name", p.Name).Add("containerPort", p.ContainerPort).Build()))
        .AddIfNotNull("env", SeqOrNull(c.Env, EnvVar))
        .AddIfNotNull("envFrom", SeqOrNull(c.EnvFrom, EnvFrom))
        .AddIfNotNull("resources", c.Resources is { } resources ? Resources(resources.Requests, resources.Limits) : null)
        .AddIfNotNull("volumeMounts", SeqOrNull(c.VolumeMounts, VolumeMount))
        .AddIfNotNull("lifecycle", c.Lifecycle is null ? null : new YamlMappingBuilder().Build())
        .AddIfNotNull("securityContext", c.SecurityContext is { } context ? SecurityContextOrNull(context) : null)
        .Build();

    // A literal value is always written (an empty one as ""); a reference replaces it.
    private static YamlMapping EnvVar(V1EnvVar v) => new YamlMappingBuilder()
        .Add("name", v.Name)
        .AddIfNotNull("value", v.ValueFrom is null ? v.Value ?? "" : null)
        .AddIfNotNull("valueFrom", v.ValueFrom?.ConfigMapKeyRef is { } key
            ? new YamlMappingBuilder().Add("configMapKeyRef", new YamlMappingBuilder().Add("name", key.Name).Add("key", key.Key).Build()).Build()
            : null)
        .Build();

    private static YamlMapping EnvFrom(V1EnvFromSource source) => source.ConfigMapRef is { } map
        ? new YamlMappingBuilder().Add("configMapRef", NameRef(map.Name)).Build()
        : new YamlMappingBuilder().Add("secretRef", NameRef(source.SecretRef.Name)).Build();

    private static YamlMapping Resources(IDictionary<string, ResourceQuantity>? requests, IDictionary<string, ResourceQuantity>? limits) => new YamlMappingBuilder()
        .AddIfNotNull("requests", QuantityMapOrNull(requests))
        .AddIfNotNull("limits", QuantityMapOrNull(limits))
        .Build();

    private static YamlMapping VolumeMount(V1VolumeMount m) => new YamlMappingBuilder()
        .Add("name", m.Name)
        .Add("mountPath", m.MountPath)
        .AddIfNotNull("subPath", m.SubPath)
        .AddIfNotNull("readOnly", m.ReadOnlyProperty == true ? YamlNode.Bool(true) : null)
        .Build();

    private static YamlMapping? SecurityContextOrNull(V1SecurityContext s) =>
        s.RunAsUser is null && s.RunAsGroup is null && s.Privileged is null && s.AllowPrivilegeEscalation is null
            ? null
            : new YamlMappingBuilder()
                .AddIfNotNull("runAsUser", s.RunAsUser is { } uid ? YamlNode.Int(uid) : null)
                .AddIfNotNull("runAsGroup", s.RunAsGroup is { } gid ? YamlNode.Int(gid) : null)
                .AddIfNotNull("privileged", s.Privileged is { } privileged ? YamlNode.Bool(privileged) : null)
                .AddIfNotNull("allowPrivilegeEscalation", s.AllowPrivilegeEscalation is { } escalation ? YamlNode.Bool(escalation) : null)
                .Build();

    private static YamlMapping PodSecurityContext(V1PodSecurityContext s) => new YamlMappingBuilder()
        .AddIfNotNull("fsGroup", s.FsGroup is { } fsGroup ? YamlNode.Int(fsGroup) : null)
        .Build();

    // One source per volume: a claim, a config map or a secret.
    private static YamlMapping Volume(V1Volume v)
    {
        var builder = new YamlMappingBuilder().Add("name", v.Name);
        if (v.PersistentVolumeClaim is { } claim)
        {
            return builder.Add("persistentVolumeClaim", new YamlMappingBuilder().Add("claimName", claim.ClaimName).Build()).Build();
        }

        if (v.ConfigMap is { } map)
        {
            return builder.Add("configMap", new YamlMappingBuilder()
                .Add("name", map.Name)
                .AddIfNotNull("defaultMode", map.DefaultMode is { } mode ? YamlNode.Int(mode) : null)
                .Build()).Build();
        }

        if (v.Secret is { } secret)
        {
            return builder.Add("secret", new YamlMappingBuilder().Add("secretName", secret.SecretName).Build()).Build();
        }

        throw new NotSupportedException($"volume '{v.Name}': wsconf writes claim, config map and secret volumes only");
    }

    private static YamlMapping Toleration(V1Toleration t) => new YamlMappingBuilder()
        .Add("key", t.Key)
        .Add("operator", t.OperatorProperty)
        .AddIfNotNull("value", t.Value)
        .AddIfNotNull("effect", t.Effect)
        .Build();

    private static YamlMapping ClaimSpec(V1PersistentVolumeClaimSpec spec) => new YamlMappingBuilder()
        .Add("accessModes", Seq(spec.AccessModes, YamlNode.Str))
        .Add("resources", Resources(spec.Resources?.Requests, spec.Resources?.Limits))
        .AddIfNotNull("storageClassName", spec.StorageClassName)
        .Build();

    private static YamlMapping Rule(V1PolicyRule r) => new YamlMappingBuilder()
        .Add("apiGroups", Seq(r.ApiGroups, YamlNode.Str))
        .Add("resources", Seq(r.Resources, YamlNode.Str))
        .Add("verbs", Seq(r.Verbs, YamlNode.Str))
        .Build();

    private static YamlMapping RoleRef(V1RoleRef r) => new YamlMappingBuilder()
        .Add("apiGroup", r.ApiGroup)
        .Add("kind", r.Kind)
        .Add("name", r.Name)
        .Build();

    // A ServiceAccount carries its namespace, a User or Group the RBAC API group.
    private static YamlMapping Subject(Rbacv1Subject s) => new YamlMappingBuilder()
        .Add("kind", s.Kind)
        .Add("name", s.Name)
        .AddIfNotNull("namespace", s.NamespaceProperty)
        .AddIfNotNull("apiGroup", s.ApiGroup)
        .Build();

    private static YamlMapping NameRef(string name) => new YamlMappingBuilder().Add("name", name).Build();

    private static YamlSequence Seq<T>(IList<T>? items, Func<T, YamlNode> render)
    {
        var nodes = new YamlNode[items?.Count ?? 0];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = render(items![i]);
        }

        return YamlNode.Seq(nodes);
    }

    private static YamlSequence? SeqOrNull<T>(IList<T>? items, Func<T, YamlNode> render) =>
        items is null || items.Count == 0 ? null : Seq(items, render);

    private static YamlMapping StringMap(IDictionary<string, string>? map) =>
        map is null ? new YamlMappingBuilder().Build() : YamlNode.Map(map);

    private static YamlMapping? StringMapOrNull(IDictionary<string, string>? map) =>
        map is null || map.Count == 0 ? null : YamlNode.Map(map);

    // Secret data is bytes in the model and base64, as Kubernetes stores it, in YAML.
    private static YamlMapping Base64Map(IDictionary<string, byte[]>? map) =>
        map is null ? new YamlMappingBuilder().Build() : YamlNode.Map(map, bytes => YamlNode.Str(Convert.ToBase64String(bytes)));

    private static YamlMapping? QuantityMapOrNull(IDictionary<string, ResourceQuantity>? map) =>
        map is null || map.Count == 0 ? null : YamlNode.Map(map, q => YamlNode.Str(q.ToString()));
}
