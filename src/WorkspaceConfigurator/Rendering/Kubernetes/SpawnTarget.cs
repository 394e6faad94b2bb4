using WorkspaceConfigurator.Templates;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Rendering.Kubernetes;

/// <summary>Who spawns and where: the JupyterHub user name and the namespace the hub creates objects in.</summary>
public sealed record SpawnTarget(string User, string Namespace)
{
    public const string DefaultUser = "jovyan";

    // The hub's namespace prefix and KubeSpawner's pod name prefix.
    private const string Prefix = "jupyter-";

    // The longest user name that keeps the default namespace a DNS label.
    private const int MaxUserLength = 63 - 8;

    /// <summary>The target for a user; the namespace defaults to the hub's <c>jupyter-&lt;user&gt;</c>.</summary>
    public static SpawnTarget ForUser(string user, string? @namespace = null) => new(user, @namespace ?? Prefix + user);

    /// <summary>The single-user pod's name, as KubeSpawner derives it.</summary>
    public string PodName => Prefix + User;

    public PlaceholderValues Placeholders => new(User, Namespace);

    /// <summary>Why a user name is unusable (it becomes a label value and part of the pod and namespace names), or null.</summary>
    public static string? CheckUser(string user) =>
        Names.IsDnsLabel(user) && user.Length <= MaxUserLength
            ? null
            : $"user '{user}' must be lower-case letters, digits and '-', starting and ending with a letter or digit, at most {MaxUserLength} characters (e.g. alice)";

    /// <summary>Why a namespace name is unusable, or null.</summary>
    public static string? CheckNamespace(string @namespace) =>
        Names.IsDnsLabel(@namespace)
            ? null
            : $"namespace '{@namespace}' must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters";
}
