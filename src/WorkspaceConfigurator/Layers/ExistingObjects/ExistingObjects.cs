using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Kubernetes;

namespace WorkspaceConfigurator.Layers.ExistingObjects;

/// <summary>
/// What the user's namespace already holds (<c>--existing</c>), looked up the way the hub decides whether to create an
/// object: by API group, kind, namespace and name. The version is left out because one object is served under every
/// version of its group (a Role read as v1 is the Role a v1beta1 manifest names). Cluster-scoped objects (a
/// Namespace) are matched by group, kind and name alone; a namespaced object written without a namespace is taken
/// to be in whichever namespace the preview asks about, as <c>kubectl apply -n</c> would place it.
/// </summary>
internal sealed class ExistingObjects
{
    private readonly Dictionary<ObjectKey, ExistingObject> byKey = [];
    private readonly List<string> namespaces = [];
    private readonly List<Finding> warnings = [];

    public ExistingObjects(IEnumerable<ExistingObject> objects)
    {
        foreach (var o in objects)
        {
            Add(o);
        }
    }

    /// <summary>How many distinct objects were read.</summary>
    public int Count => byKey.Count;

    /// <summary>The namespaces the objects name, in the order first met (objects written without one name none).</summary>
    public IReadOnlyList<string> Namespaces => namespaces;

    /// <summary>Objects given twice with different content: the first is used, and these lines say so.</summary>
    public IReadOnlyList<Finding> Warnings => warnings;

    /// <summary>The existing object of that kind and name in <paramref name="namespace"/> (ignored for cluster-scoped kinds), or null.</summary>
    public ExistingObject? Find(string apiVersion, string kind, string? @namespace, string name)
    {
        var group = KubernetesKinds.Group(apiVersion);
        if (KubernetesKinds.IsClusterScoped(apiVersion, kind))
        {
            return byKey.GetValueOrDefault(new ObjectKey(group, kind, null, name));
        }

        return (@namespace is null ? null : byKey.GetValueOrDefault(new ObjectKey(group, kind, @namespace, name)))
            ?? byKey.GetValueOrDefault(new ObjectKey(group, kind, null, name));
    }

    private void Add(ExistingObject o)
    {
        var clusterScoped = KubernetesKinds.IsClusterScoped(o.ApiVersion, o.Kind);
        var @namespace = clusterScoped ? null : o.Namespace;
        var key = new ObjectKey(KubernetesKinds.Group(o.ApiVersion), o.Kind, @namespace, o.Name);
        if (byKey.TryGetValue(key, out var first))
        {
            // A dump-manifests stream of several profiles repeats shared objects; only differing repeats are worth a line.
            if (!first.Content.Equals(o.Content))
            {
                warnings.Add(Finding.WarningAbout(o.Mark.ToString(), $"{o} is given again with other content; the first, at {first.Mark.FileLine}, is used"));
            }

            return;
        }

        byKey.Add(key, o);
        if (@namespace is not null && !namespaces.Contains(@namespace))
        {
            namespaces.Add(@namespace);
        }
    }

    private sealed record ObjectKey(string Group, string Kind, string? Namespace, string Name);
}
