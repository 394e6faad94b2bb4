using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Kubernetes;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// Manifests: a key, a non-empty list of objects, each with apiVersion, kind and metadata.name; custom kinds at
/// the API versions the hub dispatches; everything else a built-in Kubernetes API.
/// </summary>
internal static class ManifestRules
{
    public static void Check(ProfileSpec spec, List<Finding> findings)
    {
        for (var i = 0; i < spec.Manifests.Count; i++)
        {
            var manifest = spec.Manifests[i];
            var field = $"manifests[{i}]";
            if (string.IsNullOrWhiteSpace(manifest.Key))
            {
                findings.Add(Finding.Error(spec.Slug, $"{field}.key", "is missing", "a key naming the manifest, e.g. dask-gateway"));
            }

            if (manifest.Content.Count == 0)
            {
                findings.Add(Finding.Error(spec.Slug, $"{field}.content", "is empty", "a list of Kubernetes objects"));
            }

            for (var j = 0; j < manifest.Content.Count; j++)
            {
                CheckObject(spec.Slug, $"{field}.content[{j}]", manifest.Content[j], findings);
            }
        }
    }

    private static void CheckObject(string slug, string field, YamlNode node, List<Finding> findings)
    {
        if (node is not YamlMapping obj)
        {
            findings.Add(Finding.Error(slug, field, "is not a mapping", "a Kubernetes object with apiVersion, kind and metadata.name"));
            return;
        }

        var apiVersion = obj.GetString("apiVersion");
        var kind = obj.GetString("kind");
        var name = (obj["metadata"] as YamlMapping)?.GetString("name");
        if (apiVersion is null || kind is null || string.IsNullOrEmpty(name))
        {
            findings.Add(Finding.Error(slug, field, $"lacks {Missing(apiVersion, kind, name)}", "a Kubernetes object with apiVersion, kind and metadata.name"));
            return;
        }

        // The hub dispatches custom resources by kind, each at one fixed API version.
        if (KubernetesKinds.Custom.TryGetValue(kind, out var expected))
        {
            if (apiVersion != expected)
            {
                findings.Add(Finding.Error(slug, $"{field}.apiVersion", $"{kind} at '{apiVersion}'", $"the hub creates {kind} only as {expected}"));
            }
        }
        else if (!KubernetesKinds.IsCreatableBuiltIn(apiVersion, kind))
        {
            findings.Add(Finding.Error(slug, $"{field}.apiVersion", $"'{apiVersion}' {kind} is not a kind the hub can create",
                $"a namespaced built-in kind such as v1 ConfigMap, apps/v1 Deployment, rbac.authorization.k8s.io/v1 Role, or {CustomKindList()}"));
        }
    }

    private static string Missing(string? apiVersion, string? kind, string? name)
    {
        var missing = new List<string>(3);
        if (apiVersion is null)
        {
            missing.Add("apiVersion");
        }

        if (kind is null)
        {
            missing.Add("kind");
        }

        if (string.IsNullOrEmpty(name))
        {
            missing.Add("metadata.name");
        }

        return string.Join(", ", missing);
    }

    private static string CustomKindList()
    {
        var kinds = new List<string>(KubernetesKinds.Custom.Count);
        foreach (var custom in KubernetesKinds.Custom)
        {
            kinds.Add($"{custom.Key} {custom.Value}");
        }

        return string.Join(", ", kinds);
    }
}
