using System.Globalization;
using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Hub;
using WorkspaceConfigurator.Hub.Templates;
using WorkspaceConfigurator.Kubernetes;
using WorkspaceConfigurator.Render.KubernetesObjects;

namespace WorkspaceConfigurator.Render.Manifests;

/// <summary>
/// A profile's own manifests, placeholders rendered; namespaced objects without a namespace get the user's,
/// because the hub creates them there.
/// </summary>
internal static class ManifestObjects
{
    public static List<KubernetesObject> Render(ProfileSpec spec, SpawnTarget target)
    {
        var objects = new List<KubernetesObject>();
        for (var i = 0; i < spec.Manifests.Count; i++)
        {
            var content = spec.Manifests[i].Content;
            for (var j = 0; j < content.Count; j++)
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"manifests[{i}].content[{j}]");
                var rendered = PlaceholderTree.Render(content[j], target.Placeholders);
                objects.Add(new ManifestObject(WithNamespace(Require(spec, field, rendered), target.Namespace)));
            }
        }

        return objects;
    }

    private static YamlMapping Require(ProfileSpec spec, string field, YamlNode node)
    {
        if (node is YamlMapping mapping
            && mapping.GetString("apiVersion") is { Length: > 0 }
            && mapping.GetString("kind") is { Length: > 0 }
            && (mapping["metadata"] as YamlMapping)?.GetString("name") is { Length: > 0 })
        {
            return mapping;
        }

        throw new ProfileException($"profile '{spec.Slug}': {field} is not a Kubernetes object; it needs apiVersion, kind and metadata.name");
    }

    private static YamlMapping WithNamespace(YamlMapping mapping, string @namespace) =>
        KubernetesKinds.IsClusterScoped(mapping.GetString("apiVersion")!, mapping.GetString("kind")!)
            ? mapping
            : ObjectMetadata.WithNamespace(mapping, @namespace);
}
