using WorkspaceConfigurator.Hub.Templates;

namespace WorkspaceConfigurator.Hub;

/// <summary>
/// Who spawns, where, and under which hub settings: the JupyterHub user name as the hub has it, the namespace the
/// hub creates objects in, and the pod name KubeSpawner gives the user's server.
/// </summary>
internal sealed record SpawnTarget(string User, string Namespace, HubSettings Hub)
{
    public const string DefaultUser = "jovyan";

    /// <summary>The single-user pod's name, from the hub's pod name template.</summary>
    public string PodName { get; init; } = SpawnUser.PodName(User, Hub);

    /// <summary>The target for a user; the namespace defaults to the hub's namespace template, the hub to KubeSpawner's defaults.</summary>
    public static SpawnTarget ForUser(string user, string? @namespace = null, HubSettings? hub = null)
    {
        hub ??= HubSettings.Defaults;
        return new SpawnTarget(user, @namespace ?? SpawnUser.Namespace(user, hub), hub);
    }

    /// <summary>
    /// The target whose namespace is <paramref name="namespace"/>: the user is read back from the name by the hub's
    /// namespace template (<c>jupyter-alice</c> is alice's under <c>{hubnamespace}-{username}</c>), else the default
    /// user in that namespace. A user's part that the template wrote as a slug reads back as that slug: a hashed
    /// name cannot be undone. Templates that hold no user field, or several, read back as the default user.
    /// </summary>
    public static SpawnTarget ForNamespace(string @namespace, HubSettings? hub = null)
    {
        hub ??= HubSettings.Defaults;

        // The template filled for the default user (a name every slug scheme keeps) shows what stands around the
        // user's part: the rest is the template's own text.
        var sample = SpawnUser.Namespace(DefaultUser, hub);
        var at = sample.IndexOf(DefaultUser, StringComparison.Ordinal);
        var user = DefaultUser;
        if (at >= 0 && sample.IndexOf(DefaultUser, at + DefaultUser.Length, StringComparison.Ordinal) < 0)
        {
            var prefix = sample[..at];
            var suffix = sample[(at + DefaultUser.Length)..];
            if (@namespace.Length > prefix.Length + suffix.Length
                && @namespace.StartsWith(prefix, StringComparison.Ordinal)
                && @namespace.EndsWith(suffix, StringComparison.Ordinal)
                && @namespace[prefix.Length..^suffix.Length] is var part
                && CheckUser(part) is null)
            {
                user = part;
            }
        }

        return ForUser(user, @namespace, hub);
    }

    public PlaceholderValues Placeholders => new(User, Namespace);

    /// <summary>
    /// Why a user name is one JupyterHub would not have, or null. JupyterHub takes almost any name
    /// (<c>Bob.Smith@example.org</c>); names in Kubernetes objects are derived from it by the hub's rules.
    /// </summary>
    public static string? CheckUser(string user)
    {
        if (user.Length == 0 || user.Trim() != user)
        {
            return $"user '{user}' is empty or starts or ends with a space; give the JupyterHub user name (e.g. alice or Bob.Smith@example.org)";
        }

        foreach (var c in user)
        {
            if (c == '/' || char.IsControl(c))
            {
                return $"user '{user}' holds '/' or a control character, which JupyterHub does not allow in a user name (e.g. alice or Bob.Smith@example.org)";
            }
        }

        return null;
    }

    /// <summary>Why a namespace name is unusable, or null.</summary>
    public static string? CheckNamespace(string @namespace) =>
        Names.IsDnsLabel(@namespace)
            ? null
            : $"namespace '{@namespace}' must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters";

    /// <summary>
    /// Fails as the hub's spawn would when its settings turn the user name into a name the API server rejects (exit 1):
    /// the EOEPCA hub names the namespace after the raw user name.
    /// </summary>
    public void EnsureValidNames(bool namespaceGiven)
    {
        if (!namespaceGiven && !Names.IsDnsLabel(Namespace))
        {
            throw new ProfileException(
                $"namespace '{Namespace}' is not a valid namespace name (a DNS-1123 label: at most 63 lower-case letters, digits and '-'): the hub settings ({Hub.Source}) build it from user '{User}' with the template '{Hub.NamespaceTemplate}', so the hub's spawn fails the same way (give --namespace, or a hub whose template escapes the name, such as --hub kubespawner)");
        }

        // The consumer's hook creates the objects in its namespace; KubeSpawner puts the pod in its own
        // user_namespace_template's. They agree while the user name needs no slug (alice); when they differ (1abc,
        // a--b, long names) the pod cannot mount the claims and config maps the hook made, and the spawn never starts.
        if (!namespaceGiven && Hub.NamespaceTemplate != SpawnUser.KubeSpawnerNamespaceTemplate && SpawnUser.PodNamespace(User, Hub) is var podNamespace
            && podNamespace != Namespace)
        {
            throw new ProfileException(
                $"KubeSpawner puts the pod in namespace '{podNamespace}' ({SpawnUser.KubeSpawnerNamespaceTemplate}, the slug of user '{User}'), but the hub settings ({Hub.Source}) create the claims and config maps in '{Namespace}' ('{Hub.NamespaceTemplate}'): the pod cannot mount them, so the spawn does not start (give --namespace to preview one namespace anyway, or a hub whose namespace template is KubeSpawner's, such as --hub kubespawner)");
        }

        if (!Names.IsDnsSubdomain(PodName))
        {
            throw new ProfileException(
                $"pod name '{PodName}' is not a valid object name (a DNS-1123 subdomain): the hub settings ({Hub.Source}) build it from user '{User}' with the template '{Hub.PodNameTemplate}' and the {Hub.SlugScheme.ToString().ToLowerInvariant()} slug scheme, so the hub's spawn fails the same way");
        }
    }
}
