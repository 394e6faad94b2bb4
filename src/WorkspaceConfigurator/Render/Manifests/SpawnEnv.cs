using k8s.Models;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Hub;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// The notebook container's environment as the spawn assembles it. Later sources win: JupyterHub's own variables,
/// then KubeSpawner's JUPYTER_IMAGE and JUPYTER_IMAGE_SPEC, then the spawner's <c>environment</c> (the hub's, with
/// the profile's pod_env_vars patched over it by the Application Hub). KubeSpawner then orders the list by name,
/// except that a variable whose value refers to others with <c>$(NAME)</c> comes after them.
/// </summary>
internal static class SpawnEnv
{
    public static List<V1EnvVar> Render(ProfileSpec spec, SpawnText t, SpawnTarget target)
    {
        var hub = target.Hub;
        var image = t[spec.Image];
        var env = new Dictionary<string, V1EnvVar>(StringComparer.Ordinal);
        foreach (var (name, value) in JupyterHubEnv.For(hub, target.User, spec.CpuLimit, spec.CpuGuarantee, spec.MemLimit, spec.MemGuarantee, spec.DefaultUrl ?? hub.DefaultUrl))
        {
            env[name] = Literal(name, value);
        }

        var environment = Environment(spec, t, target);
        Apply(env, environment);
        env["JUPYTER_IMAGE_SPEC"] = Literal("JUPYTER_IMAGE_SPEC", image);
        env["JUPYTER_IMAGE"] = Literal("JUPYTER_IMAGE", image);
        Apply(env, environment);
        return Ordered(env.Values);
    }

    // The spawner's environment: the hub's (its values are KubeSpawner templates, filled for this user), then the
    // profile's over it.
    private static List<V1EnvVar> Environment(ProfileSpec spec, SpawnText t, SpawnTarget target)
    {
        var fields = SpawnUser.Fields(target.User, target.Hub, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["pod_name"] = target.PodName,
            ["namespace"] = target.Namespace,
        });
        var vars = new List<V1EnvVar>();
        foreach (var (name, template) in target.Hub.Environment)
        {
            vars.Add(Literal(name, HubTemplate.Expand(template, fields)));
        }

        for (var i = 0; i < spec.Env.Count; i++)
        {
            var (name, value) = spec.Env[i];
            vars.Add(value switch
            {
                LiteralEnvValue literal => Literal(t[name], t[literal.Text]),
                // The hub reads the value from the cluster before the spawn and sets it as text: the pod holds a
                // literal, frozen at spawn, not a reference the kubelet resolves.
                ConfigMapKeyEnvValue reference => Literal(t[name], ReadAtSpawn(t[reference.Name], t[reference.Key])),
                _ => throw new InvalidOperationException(value.GetType().Name),
            });
        }

        return vars;
    }

    /// <summary>What the preview shows for a value the hub reads from a config map at spawn.</summary>
    public static string ReadAtSpawn(string configMap, string key) => $"<read by the hub at spawn from config map {configMap}, key {key}>";

    public static V1EnvVar Literal(string name, string value) => new() { Name = name, Value = value };

    private static void Apply(Dictionary<string, V1EnvVar> env, List<V1EnvVar> vars)
    {
        foreach (var v in vars)
        {
            env[v.Name] = v;
        }
    }

    /// <summary>
    /// KubeSpawner's order: repeatedly take every variable whose $(NAME) references are all placed already, in name
    /// order; what is left (a cycle, or a reference to a variable that is not there) goes last, in name order.
    /// </summary>
    public static List<V1EnvVar> Ordered(IEnumerable<V1EnvVar> vars)
    {
        // Each variable with the names it refers to, found once (null: none).
        var pending = new List<(V1EnvVar Var, HashSet<string>? Refs)>();
        foreach (var v in vars)
        {
            pending.Add((v, References(v)));
        }

        var placed = new List<V1EnvVar>(pending.Count);
        var placedNames = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var ready = new List<(V1EnvVar Var, HashSet<string>? Refs)>(pending.Count);
            var waiting = new List<(V1EnvVar Var, HashSet<string>? Refs)>();
            foreach (var p in pending)
            {
                (p.Refs is null || p.Refs.IsSubsetOf(placedNames) ? ready : waiting).Add(p);
            }

            var next = ready.Count > 0 ? ready : waiting;
            next.Sort((a, b) => string.CompareOrdinal(a.Var.Name, b.Var.Name));
            foreach (var p in next)
            {
                placed.Add(p.Var);
                placedNames.Add(p.Var.Name);
            }

            pending = ready.Count > 0 ? waiting : [];
        }

        return placed;
    }

    // The names a literal value refers to as $(NAME), itself excepted; null when there are none.
    private static HashSet<string>? References(V1EnvVar v)
    {
        var value = v.ValueFrom is null ? v.Value ?? "" : "";
        if (!value.Contains('$'))
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var start = value.IndexOf("$(", StringComparison.Ordinal);
        while (start >= 0)
        {
            // As KubeSpawner's pattern \$\(([^)]+)\): the name runs to the next ')', and the search goes on after it.
            var end = value.IndexOf(')', start + 2);
            if (end < 0)
            {
                break;
            }

            if (end > start + 2)
            {
                names.Add(value[(start + 2)..end]);
                start = value.IndexOf("$(", end + 1, StringComparison.Ordinal);
            }
            else
            {
                start = value.IndexOf("$(", start + 2, StringComparison.Ordinal);
            }
        }

        names.Remove(v.Name);
        return names.Count == 0 ? null : names;
    }
}
