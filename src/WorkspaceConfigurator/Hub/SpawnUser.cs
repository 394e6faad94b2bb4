namespace WorkspaceConfigurator.Hub;

/// <summary>
/// A JupyterHub user's default server as KubeSpawner sees it: the template fields it fills names with, under the
/// hub's slug scheme. The server name is empty (the default server, which the Application Hub spawns).
/// </summary>
internal static class SpawnUser
{
    /// <summary>The fields of a name template (pod name, namespace); <paramref name="extra"/> adds resolved names such as pod_name.</summary>
    public static IReadOnlyDictionary<string, string> Fields(string user, HubSettings hub, IReadOnlyDictionary<string, string>? extra = null)
    {
        const string server = "";
        var safeUser = KubeSpawnerSlugs.SafeSlug(user, KubeSpawnerSlugs.TemplatePartLength);
        var safeServer = server.Length == 0 ? "" : KubeSpawnerSlugs.SafeSlug(server, KubeSpawnerSlugs.TemplatePartLength);

        // Both parts and their "--" must fit the part length; otherwise one hash covers both.
        var safeUserServer = safeUser.Length + safeServer.Length + 2 > KubeSpawnerSlugs.TemplatePartLength
            ? KubeSpawnerSlugs.MultiSlug([user, server])
            : server.Length == 0 ? safeUser : $"{safeUser}--{safeServer}";
        var escapedUser = KubeSpawnerSlugs.EscapeSlug(user);
        var escapedServer = KubeSpawnerSlugs.EscapeSlug(server);
        var safe = hub.SlugScheme == SlugScheme.Safe;

        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["unescaped_username"] = user,
            ["unescaped_servername"] = server,
            ["hubnamespace"] = hub.HubNamespace == "default" ? "user" : hub.HubNamespace,
            ["username"] = safe ? safeUser : escapedUser,
            ["servername"] = safe ? safeServer : escapedServer,
            ["user_server"] = safe ? safeUserServer : server.Length == 0 ? escapedUser : $"{escapedUser}--{escapedServer}",
            ["safe_username"] = safeUser,
            ["safe_servername"] = safeServer,
            ["safe_user_server"] = safeUserServer,
            ["escaped_username"] = escapedUser,
            ["escaped_servername"] = escapedServer,
            ["escaped_user_server"] = $"{escapedUser}--{escapedServer}",

            // Not KubeSpawner's: the EOEPCA hub appends its deployment environment to names in its configuration.
            ["environment_name"] = hub.EnvironmentName,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        return fields;
    }

    /// <summary>The pod's name: the hub's pod name template, filled.</summary>
    public static string PodName(string user, HubSettings hub) => HubTemplate.Expand(hub.PodNameTemplate, Fields(user, hub));

    /// <summary>The user's namespace, where the hub's pre-spawn hook creates the objects: the hub's namespace template, filled as text.</summary>
    public static string Namespace(string user, HubSettings hub) => HubTemplate.Expand(hub.NamespaceTemplate, Fields(user, hub), kubeSpawner: false);

    /// <summary>
    /// Where KubeSpawner puts the pod with user namespaces on: its own user_namespace_template, which the consumer's
    /// hub configuration leaves at KubeSpawner's default.
    /// </summary>
    public static string PodNamespace(string user, HubSettings hub) => HubTemplate.Expand(KubeSpawnerNamespaceTemplate, Fields(user, hub));

    public const string KubeSpawnerNamespaceTemplate = "{hubnamespace}-{username}";

    /// <summary>The value of the pod label <c>hub.jupyter.org/username</c>: always the safe scheme, by label rules.</summary>
    public static string UserLabel(string user) => KubeSpawnerSlugs.SafeSlug(user, KubeSpawnerSlugs.IsValidLabel);
}
