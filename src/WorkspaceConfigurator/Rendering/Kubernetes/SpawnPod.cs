using System.Globalization;
using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Spec;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Rendering.Kubernetes;

/// <summary>The single-user pod as KubeSpawner builds it from the profile, with what the hub adds at spawn.</summary>
internal static class SpawnPod
{
    public const string ContainerName = "notebook";

    // KubeSpawner's defaults for the notebook server's port.
    private const string PortName = "notebook-port";
    private const int Port = 8888;

    /// <summary>
    /// The hub applies role bindings, image pull secrets, init containers, env_from_* and secret mounts only when the
    /// profile has at least one volume; the objects shown follow what it does.
    /// </summary>
    public static bool AppliesExtras(ProfileSpec spec) => spec.Volumes.Count > 0;

    public static Pod Render(ProfileSpec spec, SpawnText t)
    {
        var extras = AppliesExtras(spec);
        var mounted = spec.ConfigMaps.Where(c => c.MountPath is not null).ToList();
        var secretMounts = extras ? spec.SecretMounts : ValueList<SecretMountSpec>.Empty;

        var volumes = mounted.Select(c => (Volume)new ConfigMapVolume(t[c.Name], t[c.Name], c.DefaultMode))
            .Concat(spec.Volumes.Select(v => new PersistentVolumeClaimVolume(t[v.Name], t[v.ClaimName])))
            .Concat(secretMounts.Select(s => new SecretVolume(t[s.Name], t[s.Name])));
        var mounts = mounted.Select(c => new VolumeMount(t[c.Name], t[c.MountPath!], t[c.Key], c.ReadOnly))
            .Concat(spec.Volumes.Select(v => new VolumeMount(t[v.Name], t[v.MountPath])))
            .Concat(secretMounts.Select(s => new VolumeMount(t[s.Name], t[s.MountPath], t.OrNull(s.SubPath))));

        var notebook = new Container(ContainerName, t[spec.Image])
        {
            Ports = ValueList.Of(new ContainerPort(PortName, Port)),
            Env = spec.Env.Select(e => Env(e.Key, e.Value, t)).ToValueList(),
            EnvFrom = extras
                ? spec.EnvFromConfigMaps.Select(n => new EnvFromSource(EnvFromKind.ConfigMap, t[n]))
                    .Concat(spec.EnvFromSecrets.Select(n => new EnvFromSource(EnvFromKind.Secret, t[n]))).ToValueList()
                : ValueList<EnvFromSource>.Empty,
            Resources = Resources(spec),
            VolumeMounts = mounts.ToValueList(),
        };

        var podSpec = new PodSpec(ValueList.Of(notebook))
        {
            InitContainers = extras ? spec.InitContainers.Select(c => InitContainer(c, t)).ToValueList() : ValueList<Container>.Empty,
            Volumes = volumes.ToValueList(),
            NodeSelector = t.Map(spec.NodeSelector),
            Tolerations = spec.Tolerations.Select(o => new Toleration(t[o.Key], t[o.Operator], t.OrNull(o.Value), t[o.Effect])).ToValueList(),
            ImagePullSecrets = extras ? t.List(spec.ImagePullSecrets.Select(s => s.Name)) : ValueList<string>.Empty,
        };

        var labels = ValueMap<string>.From([
            new("app", "jupyterhub"),
            new("component", "singleuser-server"),
            new("hub.jupyter.org/username", t.User),
        ]);
        return new Pod(new ObjectMeta(t.PodName, t.Namespace) { Labels = labels }, podSpec);
    }

    private static EnvVar Env(string name, EnvValue value, SpawnText t) => value switch
    {
        LiteralEnvValue literal => new EnvVar(t[name], t[literal.Text]),
        ConfigMapKeyEnvValue reference => new EnvVar(t[name], null, new ConfigMapKeySelector(t[reference.Name], t[reference.Key])),
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    private static Container InitContainer(InitContainerSpec c, SpawnText t) => new(t[c.Name], t[c.Image])
    {
        Command = t.List(c.Command),
        VolumeMounts = c.VolumeMounts.Select(m => new VolumeMount(t[m.Name], t[m.MountPath], t.OrNull(m.SubPath))).ToValueList(),
    };

    // Guarantees are requests and limits are limits; memory in Kubernetes' binary form (the hub's 6G is 6Gi);
    // extended resources such as nvidia.com/gpu must have requests equal to limits.
    private static ResourceRequirements Resources(ProfileSpec spec)
    {
        var requests = new List<KeyValuePair<string, string>>();
        var limits = new List<KeyValuePair<string, string>>
        {
            new("cpu", Whole(spec.CpuLimit)),
            new("memory", spec.MemLimit.ToKubernetesString()),
        };
        if (spec.CpuGuarantee is { } cpu)
        {
            requests.Add(new("cpu", Whole(cpu)));
        }

        if (spec.MemGuarantee is { } memory)
        {
            requests.Add(new("memory", memory.ToKubernetesString()));
        }

        var extended = ValueMap<long>.From(spec.ExtraResourceGuarantees.Concat(spec.ExtraResourceLimits));
        foreach (var (name, count) in extended)
        {
            requests.Add(new(name, Whole(count)));
            limits.Add(new(name, Whole(count)));
        }

        return new ResourceRequirements(ValueMap<string>.From(requests), ValueMap<string>.From(limits));
    }

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);
}
