using System.Globalization;
using k8s.Models;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Hub;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// The single-user pod as KubeSpawner 7 builds it (<c>get_pod_manifest</c>, <c>make_pod</c>) from the profile, what
/// the Application Hub patches in at spawn, and the hub settings; plus what the cluster's admission adds when the
/// hub settings say so.
/// </summary>
internal static class SpawnPod
{
    public const string ContainerName = "notebook";

    // KubeSpawner's defaults for the notebook server's port; make_pod always sets restartPolicy OnFailure.
    private const string PortName = "notebook-port";
    private const int Port = 8888;
    private const string RestartPolicy = "OnFailure";

    /// <summary>
    /// The hub applies role bindings, image pull secrets, init containers, env_from_* and secret mounts only when the
    /// profile has at least one volume; the objects shown follow what it does.
    /// </summary>
    public static bool AppliesExtras(ProfileSpec spec) => spec.Volumes.Count > 0;

    public static V1Pod Render(ProfileSpec spec, SpawnText t, SpawnTarget target)
    {
        var hub = target.Hub;
        var extras = AppliesExtras(spec);
        var secretMounts = extras ? spec.SecretMounts : ValueList<SecretMountSpec>.Empty;

        // Volumes and their mounts in the same order: mounted ConfigMaps, claims, then secrets. The hub ignores
        // config_maps[].readonly, so a config-map mount carries no readOnly.
        var volumes = new List<V1Volume>();
        var mounts = new List<V1VolumeMount>();
        foreach (var c in spec.ConfigMaps)
        {
            if (c.MountPath is not null)
            {
                volumes.Add(new V1Volume { Name = t[c.Name], ConfigMap = new V1ConfigMapVolumeSource { Name = t[c.Name], DefaultMode = c.DefaultMode } });
                mounts.Add(Mount(t[c.Name], t[c.MountPath], t[c.Key]));
            }
        }

        foreach (var v in spec.Volumes)
        {
            volumes.Add(new V1Volume { Name = t[v.Name], PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = t[v.ClaimName] } });
            mounts.Add(Mount(t[v.Name], t[v.MountPath], null));
        }

        foreach (var s in secretMounts)
        {
            volumes.Add(new V1Volume { Name = t[s.Name], Secret = new V1SecretVolumeSource { SecretName = t[s.Name] } });
            mounts.Add(Mount(t[s.Name], t[s.MountPath], t.OrNull(s.SubPath)));
        }

        var resources = Resources(spec);
        var notebook = new V1Container
        {
            Name = ContainerName,
            Image = t[spec.Image],
            Ports = [new V1ContainerPort { Name = PortName, ContainerPort = Port }],
            Env = SpawnEnv.Render(spec, t, target),
            EnvFrom = extras ? EnvFrom(spec, t) : null,
            Resources = resources,
            VolumeMounts = mounts,

            // KubeSpawner hands the notebook container its (empty) lifecycle hooks, which the API keeps as lifecycle: {}.
            Lifecycle = new V1Lifecycle(),

            // uid, gid, privileged and allow_privilege_escalation reach the notebook container only: init containers
            // run as their image's user.
            SecurityContext = new V1SecurityContext
            {
                RunAsUser = hub.Uid,
                RunAsGroup = hub.Gid,
                Privileged = hub.Privileged ? true : null,
                AllowPrivilegeEscalation = hub.AllowPrivilegeEscalation,
            },
        };

        // Without a service account KubeSpawner keeps the API token out of the pod unless told otherwise.
        var automount = hub.AutomountServiceAccountToken ?? (hub.ServiceAccount is null ? false : null);
        var pullSecrets = new List<V1LocalObjectReference>();
        foreach (var name in hub.ImagePullSecrets)
        {
            pullSecrets.Add(new V1LocalObjectReference { Name = name });
        }

        if (extras)
        {
            foreach (var s in spec.ImagePullSecrets)
            {
                pullSecrets.Add(new V1LocalObjectReference { Name = t[s.Name] });
            }
        }

        var initContainers = new List<V1Container>();
        if (extras)
        {
            foreach (var c in spec.InitContainers)
            {
                initContainers.Add(InitContainer(c, t));
            }
        }

        var podSpec = new V1PodSpec
        {
            InitContainers = initContainers,
            Containers = [notebook],
            Volumes = volumes,
            NodeSelector = ModelMaps.Strings(t.Map(spec.NodeSelector)),
            Tolerations = hub.ExtendedResourceTolerations ? AdmissionTolerations(resources) : null,
            SecurityContext = hub.FsGid is { } fsGroup ? new V1PodSecurityContext { FsGroup = fsGroup } : null,
            ServiceAccountName = hub.ServiceAccount,
            AutomountServiceAccountToken = automount,
            ImagePullSecrets = pullSecrets,
            RestartPolicy = RestartPolicy,
        };

        var metadata = new V1ObjectMeta
        {
            Name = target.PodName,
            NamespaceProperty = target.Namespace,
            Labels = ModelMaps.Strings(Labels(target)),
            Annotations = ModelMaps.Strings(Annotations(target)),
        };
        return new V1Pod { ApiVersion = V1Pod.KubeApiVersion, Kind = V1Pod.KubeKind, Metadata = metadata, Spec = podSpec };
    }

    private static V1VolumeMount Mount(string name, string mountPath, string? subPath) =>
        new() { Name = name, MountPath = mountPath, SubPath = subPath };

    // KubeSpawner's pod labels (common labels, then the component and server name), sorted by key as the API server
    // returns them. The user name label is always a safe slug, whatever the scheme of names.
    private static ValueMap<string> Labels(SpawnTarget target) => Sorted(
    [
        new("app", "jupyterhub"),
        new("app.kubernetes.io/component", "singleuser-server"),
        new("app.kubernetes.io/managed-by", "kubespawner"),
        new("app.kubernetes.io/name", "jupyterhub"),
        new("component", "singleuser-server"),
        new("heritage", "jupyterhub"),
        new("hub.jupyter.org/servername", ""),
        new("hub.jupyter.org/username", SpawnUser.UserLabel(target.User)),
    ]);

    // Annotations are not escaped: the raw user name, and the versions that built the pod.
    private static ValueMap<string> Annotations(SpawnTarget target) => Sorted(
    [
        new("hub.jupyter.org/jupyterhub-version", target.Hub.JupyterHubVersion),
        new("hub.jupyter.org/kubespawner-version", target.Hub.KubeSpawnerVersion),
        new("hub.jupyter.org/username", target.User),
    ]);

    private static ValueMap<string> Sorted(KeyValuePair<string, string>[] entries)
    {
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return ValueMap<string>.From(entries);
    }

    /// <summary>
    /// What the ExtendedResourceToleration admission plugin adds: for each extended resource the pod requests, a
    /// toleration of the taint of that name (any value, NoSchedule), in name order.
    /// </summary>
    private static List<V1Toleration> AdmissionTolerations(V1ResourceRequirements resources)
    {
        var names = new List<string>();
        foreach (var map in new[] { resources.Requests, resources.Limits })
        {
            foreach (var name in map.Keys)
            {
                if (name is not ("cpu" or "memory") && !names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        names.Sort(string.CompareOrdinal);
        return names.ConvertAll(name => new V1Toleration { Key = name, OperatorProperty = "Exists", Effect = "NoSchedule" });
    }

    private static List<V1EnvFromSource> EnvFrom(ProfileSpec spec, SpawnText t)
    {
        var sources = new List<V1EnvFromSource>();
        foreach (var name in spec.EnvFromConfigMaps)
        {
            sources.Add(new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = t[name] } });
        }

        foreach (var name in spec.EnvFromSecrets)
        {
            sources.Add(new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = t[name] } });
        }

        return sources;
    }

    private static V1Container InitContainer(InitContainerSpec c, SpawnText t)
    {
        var command = new List<string>();
        foreach (var part in c.Command)
        {
            command.Add(t[part]);
        }

        var mounts = new List<V1VolumeMount>();
        foreach (var m in c.VolumeMounts)
        {
            mounts.Add(Mount(t[m.Name], t[m.MountPath], t.OrNull(m.SubPath)));
        }

        return new V1Container { Name = t[c.Name], Image = t[c.Image], Command = command, VolumeMounts = mounts };
    }

    // Guarantees are requests and limits are limits; memory in Kubernetes' binary form (the hub's 6G is 6Gi, the
    // bytes KubeSpawner sends); extended resources such as nvidia.com/gpu must have requests equal to limits.
    private static V1ResourceRequirements Resources(ProfileSpec spec)
    {
        // A limit replaces the guarantee of the same resource in place.
        var extended = spec.ExtraResourceGuarantees.Merge(spec.ExtraResourceLimits);
        var requests = new List<KeyValuePair<string, string>>();
        if (spec.CpuGuarantee is { } cpu)
        {
            requests.Add(new("cpu", Whole(cpu)));
        }

        if (spec.MemGuarantee is { } memory)
        {
            requests.Add(new("memory", memory.ToKubernetesString()));
        }

        List<KeyValuePair<string, string>> limits = [new("cpu", Whole(spec.CpuLimit)), new("memory", spec.MemLimit.ToKubernetesString())];
        foreach (var (name, value) in extended)
        {
            requests.Add(new(name, Whole(value)));
            limits.Add(new(name, Whole(value)));
        }

        return new V1ResourceRequirements { Requests = ModelMaps.Quantities(requests), Limits = ModelMaps.Quantities(limits) };
    }

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);
}
