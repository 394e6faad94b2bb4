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
        var secretMounts = extras ? spec.SecretMounts : ValueList<SecretMountSpec>.Empty;

        // Volumes and their mounts in the same order: mounted ConfigMaps, claims, then secrets.
        var volumes = new List<Volume>();
        var mounts = new List<VolumeMount>();
        foreach (var c in spec.ConfigMaps)
        {
            if (c.MountPath is not null)
            {
                volumes.Add(new ConfigMapVolume(t[c.Name], t[c.Name], c.DefaultMode));
                mounts.Add(new VolumeMount(t[c.Name], t[c.MountPath], t[c.Key], c.ReadOnly));
            }
        }

        foreach (var v in spec.Volumes)
        {
            volumes.Add(new PersistentVolumeClaimVolume(t[v.Name], t[v.ClaimName]));
            mounts.Add(new VolumeMount(t[v.Name], t[v.MountPath]));
        }

        foreach (var s in secretMounts)
        {
            volumes.Add(new SecretVolume(t[s.Name], t[s.Name]));
            mounts.Add(new VolumeMount(t[s.Name], t[s.MountPath], t.OrNull(s.SubPath)));
        }

        var notebook = new Container(ContainerName, t[spec.Image])
        {
            Ports = ValueList.Of(new ContainerPort(PortName, Port)),
            Env = EnvVars(spec.Env, t),
            EnvFrom = extras ? EnvFrom(spec, t) : ValueList<EnvFromSource>.Empty,
            Resources = Resources(spec),
            VolumeMounts = mounts.ToValueList(),
        };

        var podSpec = new PodSpec(ValueList.Of(notebook))
        {
            InitContainers = extras ? ValueList.From(spec.InitContainers, c => InitContainer(c, t)) : ValueList<Container>.Empty,
            Volumes = volumes.ToValueList(),
            NodeSelector = t.Map(spec.NodeSelector),
            Tolerations = ValueList.From(spec.Tolerations, o => new Toleration(t[o.Key], t[o.Operator], t.OrNull(o.Value), t[o.Effect])),
            ImagePullSecrets = extras ? ValueList.From(spec.ImagePullSecrets, s => t[s.Name]) : ValueList<string>.Empty,
        };

        KeyValuePair<string, string>[] labels =
        [
            new("app", "jupyterhub"),
            new("component", "singleuser-server"),
            new("hub.jupyter.org/username", t.User),
        ];
        return new Pod(new ObjectMeta(t.PodName, t.Namespace) { Labels = ValueMap<string>.From(labels) }, podSpec);
    }

    private static ValueList<EnvVar> EnvVars(ValueMap<EnvValue> env, SpawnText t)
    {
        var vars = new EnvVar[env.Count];
        for (var i = 0; i < vars.Length; i++)
        {
            vars[i] = Env(env[i].Key, env[i].Value, t);
        }

        return ValueList.Of(vars);
    }

    private static ValueList<EnvFromSource> EnvFrom(ProfileSpec spec, SpawnText t)
    {
        var sources = new List<EnvFromSource>();
        foreach (var name in spec.EnvFromConfigMaps)
        {
            sources.Add(new EnvFromSource(EnvFromKind.ConfigMap, t[name]));
        }

        foreach (var name in spec.EnvFromSecrets)
        {
            sources.Add(new EnvFromSource(EnvFromKind.Secret, t[name]));
        }

        return sources.ToValueList();
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
        VolumeMounts = ValueList.From(c.VolumeMounts, m => new VolumeMount(t[m.Name], t[m.MountPath], t.OrNull(m.SubPath))),
    };

    // Guarantees are requests and limits are limits; memory in Kubernetes' binary form (the hub's 6G is 6Gi);
    // extended resources such as nvidia.com/gpu must have requests equal to limits.
    // Arrays of the exact size rather than List<KeyValuePair<...>>, a generic instantiation over a struct.
    private static ResourceRequirements Resources(ProfileSpec spec)
    {
        // A limit replaces the guarantee of the same resource in place.
        var extended = spec.ExtraResourceGuarantees.Merge(spec.ExtraResourceLimits);
        var requests = new KeyValuePair<string, string>[(spec.CpuGuarantee is null ? 0 : 1) + (spec.MemGuarantee is null ? 0 : 1) + extended.Count];
        var limits = new KeyValuePair<string, string>[2 + extended.Count];
        var r = 0;
        limits[0] = new("cpu", Whole(spec.CpuLimit));
        limits[1] = new("memory", spec.MemLimit.ToKubernetesString());
        if (spec.CpuGuarantee is { } cpu)
        {
            requests[r++] = new("cpu", Whole(cpu));
        }

        if (spec.MemGuarantee is { } memory)
        {
            requests[r++] = new("memory", memory.ToKubernetesString());
        }

        for (var i = 0; i < extended.Count; i++)
        {
            var count = Whole(extended[i].Value);
            requests[r + i] = new(extended[i].Key, count);
            limits[2 + i] = new(extended[i].Key, count);
        }

        return new ResourceRequirements(ValueMap<string>.From(requests), ValueMap<string>.From(limits));
    }

    private static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);
}
